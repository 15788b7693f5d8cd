package main

import "github.com/clerk/clerk-sdk-go/v2"

func main() {
	// ruleid: CLK001
	clerk.SetKey("sk_test_@fake4@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@")
}
