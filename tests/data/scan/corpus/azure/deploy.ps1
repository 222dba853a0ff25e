$ErrorActionPreference = 'Stop'
$conn = 'DefaultEndpointsProtocol=https;AccountName=acmebackup;AccountKey=pxPcP+brjp8xIA8xqhrBc7J6NQmPLOiZrMkX8W8EVmnHFw4zl8hYbaev1wXSOE1mH+UhQEpv4tGLrdqorG0sBg==;EndpointSuffix=core.windows.net'
$key = (Get-AzKeyVaultSecret -VaultName acme-kv -Name storage-key -AsPlainText)
az storage blob upload-batch --connection-string $conn -d backups -s ./out
