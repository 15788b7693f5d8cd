package clerkerr_test

import (
	"strings"
	"testing"

	"github.com/clerklint/clerklint/analyzers/engines"
	"github.com/clerklint/clerklint/analyzers/scan/scantest"
	"github.com/clerklint/clerklint/rules/ruleid"
)

// clerkErrLines scans a throwaway project of files and returns the lines of
// its CLK501 findings.
func clerkErrLines(t *testing.T, files map[string]string) []int {
	t.Helper()
	root := scantest.WriteTree(t, files)
	fs, err := scantest.Engines(engines.JS())(root)
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, f := range fs {
		if f.RuleID == ruleid.ClerkErrorIgnored {
			lines = append(lines, f.Line)
		}
	}
	return lines
}

// TestManyTries is a hostile input: 20,000 try statements in one block.
// Each try copied the statements after it (O(k²) memory) by indexing the
// block's children (tree-sitter counts from the first child on each call:
// O(k³) time); they now share one list of the block's children.
func TestManyTries(t *testing.T) {
	const tries = 20000
	src := "import { clerkClient } from '@clerk/nextjs/server'\n" +
		"export async function ban(id: string) {\n" +
		"  try {\n    await clerkClient.users.banUser(id)\n  } catch (e) {}\n" +
		strings.Repeat("  try{}catch(e){}\n", tries) +
		"  return true\n}\n"
	lines := clerkErrLines(t, map[string]string{"package.json": `{"dependencies":{"@clerk/nextjs":"^6"}}`, "lib/admin.ts": src})
	if len(lines) != 1 || lines[0] != 4 {
		t.Fatalf("CLK501 findings on lines %v, want [4]", lines)
	}
}

// TestManyBindings is a hostile input: a name bound 1,000 times to itself
// and never to a client. Deciding whether it is a Clerk client followed
// every binding at each of four depths (N⁴); each name is now judged once
// a depth.
func TestManyBindings(t *testing.T) {
	const binds = 1000
	src := "import { clerkClient } from '@clerk/nextjs/server'\n" +
		"let x = makeStore()\n" +
		strings.Repeat("x = x\n", binds) +
		"export async function ban(id: string) {\n" +
		"  try {\n    await x.users.banUser(id)\n  } catch (e) {}\n" +
		"  try {\n    await clerkClient.users.banUser(id)\n  } catch (e) {}\n" +
		"  return true\n}\n"
	lines := clerkErrLines(t, map[string]string{"package.json": `{"dependencies":{"@clerk/nextjs":"^6"}}`, "lib/admin.ts": src})
	if want := 2 + binds + 6; len(lines) != 1 || lines[0] != want {
		t.Fatalf("CLK501 findings on lines %v, want [%d] (clerkClient's call, not x's)", lines, want)
	}
}

// TestManyCallsInOneTry is a hostile input: 2,000 swallowed Clerk calls in
// one try that assigns a name, then 2,000 statements that never test it.
// Whether the failure shows after the try was decided for each call, every
// time walking the try's block and all the statements after it (O(calls ×
// size)); it is decided once per try.
func TestManyCallsInOneTry(t *testing.T) {
	const calls, after = 2000, 2000
	src := "import { clerkClient } from '@clerk/nextjs/server'\n" +
		"export async function banAll(ids: string[]) {\n" +
		"  let done = 0\n" +
		"  try {\n" +
		strings.Repeat("    await clerkClient.users.banUser(ids[done]); done = done + 1\n", calls) +
		"  } catch (e) {}\n" +
		strings.Repeat("  audit(ids)\n", after) +
		"  return true\n}\n"
	lines := clerkErrLines(t, map[string]string{"package.json": `{"dependencies":{"@clerk/nextjs":"^6"}}`, "lib/admin.ts": src})
	if len(lines) != calls || lines[0] != 5 || lines[calls-1] != 4+calls {
		t.Fatalf("%d CLK501 findings (first lines %v), want one on each of lines 5..%d", len(lines), lines[:min(len(lines), 3)], 4+calls)
	}
}
