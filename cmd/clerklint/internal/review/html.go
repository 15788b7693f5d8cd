package review

import (
	"html/template"
	"io"
	"strings"
	"sync"
)

// htmlFormat is the review as one self-contained HTML file: inline CSS, no
// scripts, fonts, images or links to fetch, so it opens offline, can be
// mailed as an attachment and prints cleanly (@media print). html/template
// escapes every string from the scanned tree.
type htmlFormat struct{}

func (htmlFormat) Description() string { return "one self-contained HTML file (inline CSS, printable)" }

func (htmlFormat) Format(w io.Writer, doc *Document) error {
	return htmlPage().Execute(w, doc)
}

// htmlPage is parsed on first use: parsing it was most of this package's
// share of every command's start-up.
var htmlPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("review").Funcs(template.FuncMap{
		"status":     statusLabel,
		"lower":      func(s Status) string { return strings.ReplaceAll(string(s), "/", "") },
		"totals":     totalsLine,
		"detail":     detail,
		"failing":    failing,
		"planStatus": planStatus,
		"cap":        capitalize,
		"orNone":     orNone,
		"plural":     plural,
		"noKeys":     func() string { return noKeys },
		"noSDK":      func() string { return noSDK },
	}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clerk review{{with .Project.Name}}: {{.}}{{end}}</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330; margin: 2rem auto; max-width: 78rem; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #d8dce6; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
th, td { border: 1px solid #d8dce6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f2f4f8; }
code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f2f4f8; padding: 0 .2rem; border-radius: 3px; word-break: break-word; }
.summary { color: #4a5264; }
.badge { display: inline-block; min-width: 3.6rem; text-align: center; font-weight: 700; font-size: 12px; padding: .1rem .4rem; border-radius: 3px; color: #fff; }
.fail { background: #b42318; } .manual { background: #b54708; } .pass { background: #067647; } .na { background: #667085; }
.exposed, .unauthorized { color: #b42318; font-weight: 700; } .reads-only, .unknown { color: #b54708; font-weight: 700; }
.public, .protected { color: #067647; font-weight: 700; }
.finding { margin: .3rem 0 .6rem; } .excerpt { display: block; margin: .2rem 0 0 1rem; white-space: pre-wrap; }
.fix { background: #f6f8fb; border-left: 3px solid #3b5bdb; padding: .4rem .6rem; margin: .4rem 0; }
.incomplete { background: #fef3f2; border: 1px solid #fda29b; padding: .5rem .7rem; }
table.checklist th:first-child { width: 5.5rem; } table.checklist th:nth-child(2) { width: 28%; }
@media print {
  body { margin: 0; max-width: none; font-size: 11px; color: #000; }
  h2 { break-after: avoid; } tr, .finding, .fix { break-inside: avoid; }
  .badge { color: #000; border: 1px solid #000; background: none !important; }
  th { background: none; }
}
</style>
</head>
<body>
<h1>Clerk review{{with .Project.Name}}: {{.}}{{end}}</h1>
<p class="summary">{{.Tool.Name}} {{.Tool.Version}}. Checklist: {{totals .}}. Endpoints: {{.EndpointSummary}}.</p>
{{if not .Project.SDKs}}<p class="incomplete"><strong>{{noSDK}}</strong></p>{{end}}
{{with .NotAnalysed}}<p class="incomplete"><strong>Incomplete:</strong> {{plural (len .) "file or module"}} could not be analysed (listed at the end); findings in them are missing.</p>{{end}}

<h2>Project</h2>
<p>Stacks: {{with .Project.Stacks}}{{range $i, $s := .}}{{if $i}}, {{end}}{{$s}}{{end}}{{else}}none{{end}}.</p>
<h3>Clerk SDKs</h3>
{{with .Project.SDKs}}<table><thead><tr><th>Package</th><th>Version</th><th>Manifest</th><th>API generation</th></tr></thead><tbody>
{{range .}}<tr><td><code>{{.Package}}</code></td><td><code>{{.Version}}</code></td><td><code>{{.Manifest}}</code></td><td>{{orNone .Generation}}</td></tr>
{{end}}</tbody></table>{{else}}<p>No manifest depends on a Clerk SDK.</p>{{end}}
<h3>Clerk instances</h3>
{{with .Project.Instances}}<p>From the publishable keys found (a key encodes its instance's Frontend API host).</p>
<table><thead><tr><th>Instance</th><th>Frontend API host</th><th>Where</th></tr></thead><tbody>
{{range .}}<tr><td>{{.Environment}}</td><td><code>{{.Host}}</code></td><td>{{range $i, $w := .Where}}{{if $i}}<br>{{end}}<code>{{$w}}</code>{{end}}</td></tr>
{{end}}</tbody></table>{{else}}<p>{{noKeys}}</p>{{end}}
<h3>Where keys are configured</h3>
{{with .Project.KeyPlaces}}<p>Env files setting Clerk variables (names only; values are never shown).</p>
<table><thead><tr><th>File</th><th>Git</th><th>Variables</th></tr></thead><tbody>
{{range .}}<tr><td><code>{{.File}}</code></td><td>{{orNone .Git}}</td><td>{{range $i, $v := .Variables}}{{if $i}}<br>{{end}}<code>{{$v}}</code>{{end}}</td></tr>
{{end}}</tbody></table>{{else}}<p>No env file in the project sets a Clerk variable.</p>{{end}}

<h2>Checklist</h2>
{{range .Checklist}}<h3>{{.Name}}</h3>
<table class="checklist"><thead><tr><th>Status</th><th>Item</th><th>Detail</th></tr></thead><tbody>
{{range .Items}}<tr id="item-{{.ID}}"><td><span class="badge {{lower .Status}}">{{status .Status}}</span></td><td>{{.Text}}</td><td>{{detail .}}</td></tr>
{{end}}</tbody></table>
{{end}}
{{with failing .}}<h2>Findings by checklist item</h2>
{{range .}}<h3>{{.Text}}</h3>
{{range .Findings}}<div class="finding"><code>{{.Where}}</code> <strong>{{.Rule}}</strong> {{.Severity}}: {{.Message}}{{with .Excerpt}}<code class="excerpt">{{.}}</code>{{end}}</div>
{{end}}{{range .Fixes}}<div class="fix"><strong>Fix ({{.Rule}}, {{.Title}}):</strong> {{.Text}}</div>
{{end}}{{end}}{{end}}
{{with .Other}}<h2>Other findings</h2>
{{range .}}<div class="finding"><code>{{.Where}}</code> <strong>{{.Rule}}</strong> {{.Severity}}: {{.Message}}</div>
{{end}}{{end}}
<h2>Plan check</h2>
{{with .Plan}}{{if .Ran}}<p>Features outside Clerk's free tier, per {{.Source}} as of {{.AsOf}}. Everything works on a development instance; production needs the plan named. Check clerk.com/pricing for today's terms.</p>
<table><thead><tr><th>Feature</th><th>Needs</th><th>Status</th><th>Used at</th><th>Dashboard</th></tr></thead><tbody>
{{range .Features}}<tr><td>{{cap .Name}}</td><td>{{.Plan}}</td><td>{{planStatus .}}</td><td>{{range $i, $w := .Where}}{{if $i}}<br>{{end}}<code>{{$w}}</code>{{else}}—{{end}}</td><td>{{orNone .Dashboard}}</td></tr>
{{end}}</tbody></table>{{else}}<p>Not run: CLK801 is disabled. Check the client's plan against the features the app uses by hand.</p>{{end}}{{end}}

<h2>Endpoints</h2>
<p>{{cap .EndpointSummary}}.{{if .Endpoints}} Unprotected and unauthorized endpoints first.{{end}}</p>
{{with .Endpoints}}<table><thead><tr><th>Exposure</th><th>Method</th><th>URL</th><th>Location</th><th>Protection</th><th>Authorization</th><th>Effects</th><th>Findings</th></tr></thead><tbody>
{{range .}}<tr><td><span class="{{.Exposure}}">{{.Exposure}}</span>{{with .Reason}}<br>{{.}}{{end}}</td><td>{{range $i, $s := .Methods}}{{if $i}}<br>{{end}}{{$s}}{{end}}</td><td>{{range $i, $s := .URL}}{{if $i}}<br>{{end}}<code>{{$s}}</code>{{end}}</td><td>{{range $i, $s := .Location}}{{if $i}}<br>{{end}}<code>{{$s}}</code>{{end}}</td><td>{{range $i, $s := .Protection}}{{if $i}}<br>{{end}}{{$s}}{{end}}</td><td>{{range $i, $s := .Authorization}}{{if $i}}<br>{{end}}{{$s}}{{else}}—{{end}}</td><td>{{range $i, $s := .Effects}}{{if $i}}<br>{{end}}{{$s}}{{end}}</td><td>{{range $i, $s := .Findings}}{{if $i}}<br>{{end}}{{$s}}{{else}}—{{end}}</td></tr>
{{end}}</tbody></table>{{end}}
{{with .NotAnalysed}}<h2>Not analysed</h2>
<ul>{{range .}}<li><code>{{.Path}}</code>: {{.Message}}</li>{{end}}</ul>{{end}}
</body>
</html>
`))
})
