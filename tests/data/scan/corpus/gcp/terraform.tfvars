project = "acme-orders"
region  = "europe-west1"
maps_api_key = "AIzaSyxMbRUj-A-VgkjVNyDBm30_NjfdCmRimzI"
translate_api_key = "AIza..."
