#Requires -Version 5.1
<#
.SYNOPSIS
    Builds Altegio.Ps, lays the module out in out/Altegio, and optionally tests it or runs a demo.

.DESCRIPTION
    With no switches: builds (Release) and lays out ./out/Altegio so that `Import-Module ./out/Altegio` works.
      -Test     runs the xunit suites (dotnet test), the in-process PowerShell tests against the laid-out module included.
      -Pester   restores Pester 5.7.1 from NuGet into out/modules and runs the Pester suite in a child PowerShell
                (so the built dll is never locked in this session). Fails, never skips, when Pester cannot be had.
      -Demo     starts the bundled mock Altegio server on a free loopback port, imports the module,
                connects with demo tokens and shows a short tour: tags listed, created, changed, removed.
      -Package  writes out/Altegio.<version>.nupkg, a PowerShell Gallery package that Install-PSResource
                (or Install-Module) accepts from a local folder repository.
      -Bench    runs every benchmark (bench/) and rewrites bench/RESULTS.md: the PowerShell measurements
                here, then BenchmarkDotNet and the harnesses through dotnet (which also work without pwsh).
      -Clean    removes out/ and the bin/obj folders first.

.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 -Demo

    On a machine with only the .NET SDK: PowerShell 7.6.9 comes from the repository's tool manifest.

.EXAMPLE
    ./build.ps1 -Test -Pester

    Everything CI runs (.ci/run): xunit, the in-process PowerShell tests and the Pester suite.
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',
    [switch] $Clean,
    [switch] $Test,
    [switch] $Pester,
    [switch] $Demo,
    [switch] $Package,
    [switch] $Bench
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'Altegio'

function Invoke-Native {
    param([string] $File, [string[]] $Arguments)
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed with exit code $LASTEXITCODE." }
}

# Child PowerShells start from the running PowerShell's own executable in $PSHOME. The process path is no
# use: under the dotnet tool (dotnet pwsh) the process is dotnet itself.
function Get-ChildPowerShell {
    $name = if ($PSVersionTable.PSEdition -eq 'Desktop') { 'powershell.exe' } elseif ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }
    $path = Join-Path $PSHOME $name
    if (-not (Test-Path $path)) { throw "No PowerShell executable at $path; start build.ps1 from an installed pwsh or from 'dotnet pwsh'." }
    $path
}

function Get-ModuleVersion {
    $props = [xml](Get-Content -Raw (Join-Path $root 'Directory.Build.props'))
    foreach ($group in $props.Project.PropertyGroup) {
        if ($group.PSObject.Properties['ModuleVersion']) { return [string]$group.ModuleVersion }
    }
    throw 'ModuleVersion not found in Directory.Build.props.'
}

function Build-Module {
    Write-Host "Building Altegio.Ps ($Configuration)..." -ForegroundColor Cyan
    $publish = Join-Path $out 'publish'
    if (Test-Path $publish) { Remove-Item $publish -Recurse -Force }
    Invoke-Native dotnet @('publish', (Join-Path $root 'src/Altegio.PowerShell/Altegio.PowerShell.csproj'), '-c', $Configuration, '-o', $publish, '--nologo', '-v', 'quiet')
    Invoke-Native dotnet @('build', (Join-Path $root 'tests/Altegio.MockServer/Altegio.MockServer.csproj'), '-c', $Configuration, '--nologo', '-v', 'quiet')
    Invoke-Native dotnet @('build', (Join-Path $root 'src/Altegio.HelpCompiler/Altegio.HelpCompiler.csproj'), '-c', $Configuration, '--nologo', '-v', 'quiet')

    if (Test-Path $moduleOut) { Remove-Item $moduleOut -Recurse -Force }
    New-Item -ItemType Directory -Path $moduleOut | Out-Null

    # An allow-list, as PSResourceGet does: only what the module needs, nothing the SDK happened to drop.
    $moduleFiles = 'Altegio.PowerShell.dll', 'Altegio.Core.dll', 'Altegio.Format.ps1xml'
    foreach ($file in $moduleFiles) {
        Copy-Item (Join-Path $publish $file) $moduleOut
    }
    # The engine (Altegio.Engine.dll, the code that calls the third-party libraries) and those libraries
    # go to dependencies/, where only the module's resolver looks (Init/ModuleInitializer.cs): on
    # PowerShell 7 they load into the module's own load context. PowerShell's own probing of the module
    # folder must not find them, or it would load them into the shared context and collide with other
    # modules' copies.
    $dependencyOut = New-Item -ItemType Directory -Path (Join-Path $moduleOut 'dependencies')
    $dependencies = Get-ChildItem $publish -Filter *.dll | Where-Object { $_.Name -notin $moduleFiles -and $_.Name -ne 'System.Management.Automation.dll' }
    foreach ($dll in $dependencies) { Copy-Item $dll.FullName $dependencyOut }

    # Help: the markdown in src/help/en-US is checked against the cmdlets and compiled to MAML.
    $helpOut = New-Item -ItemType Directory -Path (Join-Path $moduleOut 'en-US')
    $helpCompiler = Join-Path $root "src/Altegio.HelpCompiler/bin/$Configuration/net10.0"
    Invoke-Native dotnet @((Join-Path $helpCompiler 'Altegio.HelpCompiler.dll'), 'compile', (Join-Path $helpCompiler 'Altegio.PowerShell.dll'),
        (Join-Path $root 'src/help/en-US'), (Join-Path $helpOut 'Altegio.PowerShell.dll-Help.xml'))
    Copy-Item (Join-Path $root 'src/help/en-US/about_*.help.txt') $helpOut

    $version = Get-ModuleVersion
    $manifest = Get-Content -Raw (Join-Path $root 'Altegio.psd1')
    if ($manifest -notmatch "ModuleVersion\s*=\s*'$([regex]::Escape($version))'") {
        throw "Altegio.psd1 ModuleVersion does not match Directory.Build.props ($version)."
    }
    Set-Content -Path (Join-Path $moduleOut 'Altegio.psd1') -Value $manifest -Encoding utf8
    foreach ($doc in 'README.md', 'LICENSE', 'CHANGELOG.md') {
        $path = Join-Path $root $doc
        if (Test-Path $path) { Copy-Item $path $moduleOut }
    }
    Write-Host "Module laid out in $moduleOut (version $version)." -ForegroundColor Green
}

function New-ModulePackage {
    # A module .nupkg is a zip with the nuspec and the module's files at its root, as the Gallery serves
    # them. Built here from the laid-out module, so packaging does not depend on PSResourceGet being
    # installed; the Pester suite installs the result with Install-PSResource where it is.
    $manifest = Import-PowerShellDataFile (Join-Path $moduleOut 'Altegio.psd1')
    $version = $manifest.ModuleVersion
    $psData = $manifest.PrivateData.PSData
    $tags = @($psData.Tags) + 'PSModule' + ($manifest.CmdletsToExport | ForEach-Object { "PSCmdlet_$_" }) + 'PSIncludes_Cmdlet'
    $escape = { param($text) [System.Security.SecurityElement]::Escape([string]$text) }
    $nuspec = @"
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd">
  <metadata>
    <id>Altegio</id>
    <version>$version</version>
    <authors>$(& $escape $manifest.Author)</authors>
    <owners>$(& $escape $manifest.CompanyName)</owners>
    <requireLicenseAcceptance>false</requireLicenseAcceptance>
    <license type="expression">MIT</license>
    <projectUrl>$(& $escape $psData.ProjectUri)</projectUrl>
    <description>$(& $escape $manifest.Description)</description>
    <releaseNotes>$(& $escape $psData.ReleaseNotes)</releaseNotes>
    <copyright>$(& $escape $manifest.Copyright)</copyright>
    <tags>$(& $escape ($tags -join ' '))</tags>
  </metadata>
</package>
"@
    $package = Join-Path $out "Altegio.$version.nupkg"
    if (Test-Path $package) { Remove-Item $package }
    Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
    $zip = [System.IO.Compression.ZipFile]::Open($package, 'Create')
    try {
        $entry = $zip.CreateEntry('Altegio.nuspec')
        $writer = [System.IO.StreamWriter]::new($entry.Open(), [System.Text.UTF8Encoding]::new($false))
        try { $writer.Write($nuspec) } finally { $writer.Dispose() }
        $contentTypes = '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="nuspec" ContentType="application/octet" /><Default Extension="psd1" ContentType="application/octet" /><Default Extension="dll" ContentType="application/octet" /><Default Extension="xml" ContentType="application/octet" /><Default Extension="ps1xml" ContentType="application/octet" /><Default Extension="txt" ContentType="application/octet" /><Default Extension="md" ContentType="application/octet" /><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" /><Override PartName="/LICENSE" ContentType="application/octet" /></Types>'
        $entry = $zip.CreateEntry('[Content_Types].xml')
        $writer = [System.IO.StreamWriter]::new($entry.Open(), [System.Text.UTF8Encoding]::new($false))
        try { $writer.Write($contentTypes) } finally { $writer.Dispose() }
        $base = (Resolve-Path $moduleOut).Path.TrimEnd([System.IO.Path]::DirectorySeparatorChar) + [System.IO.Path]::DirectorySeparatorChar
        foreach ($file in Get-ChildItem $moduleOut -Recurse -File) {
            $name = $file.FullName.Substring($base.Length).Replace('\', '/')
            [System.IO.Compression.ZipFileExtensions]::CreateEntryFromFile($zip, $file.FullName, $name) | Out-Null
        }
    }
    finally { $zip.Dispose() }
    Write-Host "Package written: $package" -ForegroundColor Green
}

function Get-MockServerPath {
    Join-Path $root "tests/Altegio.MockServer/bin/$Configuration/net10.0/Altegio.MockServer.dll"
}

# Starts the bundled mock Altegio server on a free loopback port; it exits when its stdin closes (Stop-MockServer).
function Start-MockServer {
    $startInfo = [System.Diagnostics.ProcessStartInfo]::new('dotnet', "`"$(Get-MockServerPath)`" --port 0 --exit-on-stdin-eof")
    $startInfo.RedirectStandardOutput = $true
    $startInfo.RedirectStandardInput = $true
    $startInfo.UseShellExecute = $false
    $server = [System.Diagnostics.Process]::Start($startInfo)
    $line = $server.StandardOutput.ReadLine()
    if ($line -notmatch '^MOCK_URL=(?<url>\S+)$') { $server.Kill(); throw "The mock server did not start: '$line'." }
    [pscustomobject]@{ Process = $server; BaseUri = $Matches.url }
}

function Stop-MockServer($Mock) {
    $Mock.Process.StandardInput.Close()
    if (-not $Mock.Process.WaitForExit(5000)) { $Mock.Process.Kill() }
}

function Invoke-Demo {
    $mock = Start-MockServer
    try {
        $baseUri = $mock.BaseUri
        Write-Host "Mock Altegio server listening at $baseUri" -ForegroundColor Cyan

        # The tour runs in a child PowerShell, so this session never loads (and locks) the built dll.
        $tour = {
            param($ModulePath, $BaseUri)
            $ErrorActionPreference = 'Stop'
            Import-Module $ModulePath
            $partner = ConvertTo-SecureString 'demo-partner-token' -AsPlainText -Force
            $user = ConvertTo-SecureString 'demo-user-token' -AsPlainText -Force
            Connect-Altegio -PartnerToken $partner -UserToken $user -CompanyId 1001 -BaseUri $BaseUri
            Write-Host "`n== Get-AltegioSession" -ForegroundColor Yellow
            Get-AltegioSession | Out-Host
            Write-Host '== Get-AltegioTag' -ForegroundColor Yellow
            Get-AltegioTag | Out-Host
            Write-Host "== New-AltegioTag -Title 'Demo VIP' -Color '#ff2828' -Entity Client -Icon star" -ForegroundColor Yellow
            $tag = New-AltegioTag -Title 'Demo VIP' -Color '#ff2828' -Entity Client -Icon star
            $tag | Out-Host
            Write-Host "== Set-AltegioTag -Id $($tag.Id) -Color '#00aa55' -PassThru" -ForegroundColor Yellow
            Set-AltegioTag -Id $tag.Id -Color '#00aa55' -PassThru | Out-Host
            Write-Host "== Get-AltegioTag -Title 'Demo*' | Remove-AltegioTag -WhatIf" -ForegroundColor Yellow
            Get-AltegioTag -Title 'Demo*' | Remove-AltegioTag -WhatIf
            Write-Host "== Get-AltegioTag -Title 'Demo*' | Remove-AltegioTag -Confirm:`$false" -ForegroundColor Yellow
            Get-AltegioTag -Title 'Demo*' | Remove-AltegioTag -Confirm:$false
            Write-Host '== Get-AltegioTag -Id 99999999 -ErrorAction SilentlyContinue -ErrorVariable e' -ForegroundColor Yellow
            Get-AltegioTag -Id 99999999 -ErrorAction SilentlyContinue -ErrorVariable e
            Write-Host ("ErrorId: {0}  Category: {1}" -f $e[0].FullyQualifiedErrorId, $e[0].CategoryInfo.Category)
            Write-Host '== Get-AltegioTag (the demo tag is gone)' -ForegroundColor Yellow
            Get-AltegioTag | Out-Host
            Write-Host '== Get-AltegioTeamMember -IncludePosition' -ForegroundColor Yellow
            Get-AltegioTeamMember -IncludePosition | Out-Host
            Write-Host '== Get-AltegioEvent -First 5 (this week, at the location''s time)' -ForegroundColor Yellow
            Get-AltegioEvent -First 5 -Include Staff, Service | Out-Host
            Write-Host '== Invoke-AltegioRequest v1/companies -Query @{ my = 1 }' -ForegroundColor Yellow
            Invoke-AltegioRequest -Path 'v1/companies' -Query @{ my = 1 } | Select-Object id, title, city | Out-Host
        }
        $pwsh = Get-ChildPowerShell
        & $pwsh -NoProfile -NonInteractive -Command $tour -args $moduleOut, $baseUri
        if ($LASTEXITCODE -ne 0) { throw "The demo failed (exit code $LASTEXITCODE)." }
        Write-Host "`nDemo finished." -ForegroundColor Green
    }
    finally { Stop-MockServer $mock }
}

# Pester 5.7.1 from NuGet (tools/TestTools.proj), laid out as a module under out/modules; a hand-installed
# Pester is never used, so every machine runs the same one.
function Install-TestModules {
    $modules = Join-Path $out 'modules'
    Invoke-Native dotnet @('msbuild', (Join-Path $root 'tools/TestTools.proj'), '-restore', '-t:LayoutTestModules', "-p:ModulesDir=$modules", '-nologo', '-v:m') | Out-Host
    $pester = Get-ChildItem (Join-Path $modules 'Pester') -Filter Pester.psd1 -Recurse | Select-Object -First 1
    if (-not $pester) { throw "Pester was not laid out in $modules; the Pester suite cannot run." }
    $pester.FullName
}

function Set-TestEnvironment {
    $env:ALTEGIO_TEST_MODULE = $moduleOut
    $env:ALTEGIO_TEST_MOCK = Get-MockServerPath
}

function Invoke-XunitSuites {
    Set-TestEnvironment
    Invoke-Native dotnet @('test', (Join-Path $root 'Altegio.Ps.sln'), '-c', $Configuration, '--nologo')
}

function Invoke-PesterSuite {
    $pesterManifest = Install-TestModules
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$pesterManifest' -Force
`$config = New-PesterConfiguration
`$config.Run.Path = '$(Join-Path $root 'tests/Pester')'
`$config.Run.Exit = `$true
`$config.Output.Verbosity = 'Detailed'
`$config.TestResult.Enabled = `$true
`$config.TestResult.OutputPath = '$(Join-Path $out 'pester-results.xml')'
Invoke-Pester -Configuration `$config
"@
    New-ModulePackage
    $env:ALTEGIO_TEST_PACKAGE = Join-Path $out "Altegio.$(Get-ModuleVersion).nupkg"
    Set-TestEnvironment
    $pwsh = Get-ChildPowerShell
    & $pwsh -NoProfile -NonInteractive -Command $script
    if ($LASTEXITCODE -ne 0) { throw "The Pester suite failed (exit code $LASTEXITCODE)." }
}

function Invoke-Benchmarks {
    $results = Join-Path $out 'bench'
    $mock = Start-MockServer
    try {
        $pwsh = Get-ChildPowerShell
        & $pwsh -NoProfile -NonInteractive -File (Join-Path $root 'bench/pwsh/Invoke-PwshBench.ps1') -ModulePath $moduleOut -BaseUri $mock.BaseUri -Results $results
        if ($LASTEXITCODE -ne 0) { throw 'The PowerShell benchmarks failed.' }
    }
    finally { Stop-MockServer $mock }
    Invoke-Native dotnet @('run', '-c', 'Release', '--project', (Join-Path $root 'bench/Altegio.Benchmarks'), '--', 'all', '--results', $results)
}

if ($Clean) {
    if (Test-Path $out) { Remove-Item $out -Recurse -Force }
    Get-ChildItem $root -Include bin, obj -Recurse -Directory | Remove-Item -Recurse -Force
}

Build-Module
if ($Package) { New-ModulePackage }
# Both suites run even when the first fails, so one run reports every failure; then the failures are raised.
$failures = @()
if ($Test) { try { Invoke-XunitSuites } catch { $failures += $_ } }
if ($Pester) { try { Invoke-PesterSuite } catch { $failures += $_ } }
if ($failures) { throw ($failures -join [Environment]::NewLine) }
if ($Demo) { Invoke-Demo }
if ($Bench) { Invoke-Benchmarks }
