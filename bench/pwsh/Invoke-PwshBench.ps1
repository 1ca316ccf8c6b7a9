#Requires -Version 7.0
<#
.SYNOPSIS
    Measurement 5 of the benchmarks, in real PowerShell: 500 Get-AltegioTag -Id calls against 500
    Invoke-RestMethod calls with the same headers, Import-Module time, and a fresh pwsh to the first tag.
    Writes <Results>/pwsh.json, which the benchmark report reads. Run through ./build.ps1 -Bench.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $Results,
    [int] $Calls = 500,
    [int] $Runs = 7
)

$ErrorActionPreference = 'Stop'
# The running PowerShell's executable in $PSHOME (under 'dotnet pwsh' the process path is dotnet itself).
$pwsh = Join-Path $PSHOME $(if ($PSVersionTable.PSEdition -eq 'Desktop') { 'powershell.exe' } elseif ($IsWindows) { 'pwsh.exe' } else { 'pwsh' })
$median = { param($values) ($values | Sort-Object)[[int][math]::Floor(@($values).Count / 2)] }

# Each fresh-process figure is the median of several runs, so one slow start does not decide it.
function Measure-Fresh([string] $Command) {
    $times = foreach ($i in 1..$Runs) {
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $output = & $pwsh -NoProfile -NonInteractive -Command $Command 2>&1
        $watch.Stop()
        if ($LASTEXITCODE -ne 0) { throw "child pwsh failed: $output" }
        [pscustomobject]@{ Wall = $watch.Elapsed.TotalMilliseconds; Output = $output }
    }
    $times
}

$connect = "`$env:ALTEGIO_PARTNER_TOKEN = 'demo-partner-token'; `$env:ALTEGIO_USER_TOKEN = 'demo-user-token'; Connect-Altegio -BaseUri '$BaseUri' -CompanyId 1001 -RequestsPerSecond 0 -RequestsPerMinute 0"

# Import-Module, timed inside a fresh pwsh (pwsh's own start-up excluded).
$imports = Measure-Fresh "`$w = [Diagnostics.Stopwatch]::StartNew(); Import-Module '$ModulePath'; `$w.Stop(); `$w.Elapsed.TotalMilliseconds"
$importMs = & $median ($imports | ForEach-Object { [double]($_.Output | Select-Object -Last 1) })

# A fresh pwsh to the first tag, wall clock, beside a bare pwsh start.
$bare = & $median ((Measure-Fresh 'exit 0').Wall)
$firstTag = & $median ((Measure-Fresh "Import-Module '$ModulePath'; $connect; Get-AltegioTag -Id 3001 | Out-Null").Wall)

# The loops, in one fresh pwsh each, after a warm-up.
$loop = @"
Import-Module '$ModulePath'
$connect
`$headers = @{ Accept = 'application/vnd.api.v2+json'; Authorization = 'Bearer demo-partner-token, User demo-user-token' }
`$uri = '$BaseUri/v2/locations/1001/tags/3001'
1..20 | ForEach-Object { Get-AltegioTag -Id 3001 | Out-Null; Invoke-RestMethod -Uri `$uri -Headers `$headers | Out-Null; Invoke-WebRequest -Uri `$uri -Headers `$headers | ConvertFrom-Json | Out-Null }
`$module = [Diagnostics.Stopwatch]::StartNew(); foreach (`$i in 1..$Calls) { `$null = Get-AltegioTag -Id 3001 }; `$module.Stop()
`$irm = [Diagnostics.Stopwatch]::StartNew(); foreach (`$i in 1..$Calls) { `$null = (Invoke-RestMethod -Uri `$uri -Headers `$headers).data.attributes.title }; `$irm.Stop()
`$iwr = [Diagnostics.Stopwatch]::StartNew(); foreach (`$i in 1..$Calls) { `$null = (Invoke-WebRequest -Uri `$uri -Headers `$headers | ConvertFrom-Json).data.attributes.title }; `$iwr.Stop()
`$floor = [Diagnostics.Stopwatch]::StartNew(); foreach (`$i in 1..$Calls) { `$null = Get-AltegioSession }; `$floor.Stop()
'{0};{1};{2};{3}' -f `$module.Elapsed.TotalMilliseconds, `$irm.Elapsed.TotalMilliseconds, `$iwr.Elapsed.TotalMilliseconds, `$floor.Elapsed.TotalMilliseconds
"@
$figures = (& $pwsh -NoProfile -NonInteractive -Command $loop | Select-Object -Last 1).Split(';') | ForEach-Object { [double]$_ }
if ($LASTEXITCODE -ne 0) { throw 'the loop run failed' }

$result = [ordered]@{
    PowerShellVersion = $PSVersionTable.PSVersion.ToString()
    Calls             = $Calls
    Runs              = $Runs
    ModuleMs          = $figures[0]
    RestMethodMs      = $figures[1]
    WebRequestMs      = $figures[2]
    ImportMs          = $importMs
    FirstTagMs        = $firstTag
    BarePwshMs        = $bare
    FloorMs           = $figures[3]
}
New-Item -ItemType Directory -Force $Results | Out-Null
$result | ConvertTo-Json | Set-Content -Path (Join-Path $Results 'pwsh.json') -Encoding utf8
[pscustomobject]$result
