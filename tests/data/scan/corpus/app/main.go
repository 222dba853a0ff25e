package main

import (
	"flag"
	"fmt"
	"os"
)

const (
	defaultDSN = "postgres://reporting:nV.1RvusDHS!0cnMXyAN@pg.internal.acme-corp.net:5432/reports?sslmode=require"
	awsKeyID  = "ASIAAL3Y26B44IRXGLVT"
	awsSecret = "AWoM8QKkJKnI6akcYIfmszqaD3ZAFeUiWdxtBQkX"
	userAgent = "acme-reporter/1.3"
)

func main() {
	token := os.Getenv("GITHUB_TOKEN")
	oauth := "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"
	apiKey := flag.String("api-key", "", "API key for the upstream")
	emptyHash := "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
	buildCommit := "96e8c0bf53d879c5d999bb91a52c6b1ebab52c0c"
	flag.Parse()
	fmt.Println(token, oauth, *apiKey, emptyHash, buildCommit)
}
