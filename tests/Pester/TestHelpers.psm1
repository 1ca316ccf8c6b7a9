# Shared by the Pester suite: runs the mock Altegio server as a process on a free loopback port and
# drives its control API (/__mock/...), so tests can assert what went over the wire.

$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path

# The running PowerShell's own executable in $PSHOME. Never the process path: under the dotnet tool
# (dotnet pwsh) the process is dotnet itself.
function Get-ChildPowerShell {
    $name = if ($PSVersionTable.PSEdition -eq 'Desktop') { 'powershell.exe' } elseif ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }
    $path = Join-Path $PSHOME $name
    if (-not (Test-Path $path)) { throw "No PowerShell executable at $path." }
    $path
}

function Get-TestModulePath {
    if ($env:ALTEGIO_TEST_MODULE) { return $env:ALTEGIO_TEST_MODULE }
    Join-Path $script:RepoRoot 'out/Altegio'
}

function Start-MockAltegio {
    [CmdletBinding()]
    param([int] $RatePerSecond = 0)
    $mock = if ($env:ALTEGIO_TEST_MOCK) { $env:ALTEGIO_TEST_MOCK } else { Join-Path $script:RepoRoot 'tests/Altegio.MockServer/bin/Release/net10.0/Altegio.MockServer.dll' }
    if (-not (Test-Path $mock)) { throw "Mock server not built: $mock. Run ./build.ps1 first." }
    $arguments = "`"$mock`" --port 0 --exit-on-stdin-eof"
    if ($RatePerSecond -gt 0) { $arguments += " --rate-per-second $RatePerSecond" }
    $startInfo = [System.Diagnostics.ProcessStartInfo]::new('dotnet', $arguments)
    $startInfo.RedirectStandardOutput = $true
    $startInfo.RedirectStandardInput = $true
    $startInfo.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($startInfo)
    $line = $process.StandardOutput.ReadLine()
    if ($line -notmatch '^MOCK_URL=(?<url>\S+)$') {
        $process.Kill()
        throw "The mock server did not start: '$line'"
    }
    $baseUri = $Matches.url
    [pscustomobject]@{
        Process = $process
        BaseUri = $baseUri
        RootUri = $baseUri -replace '/api$', ''
    }
}

function Stop-MockAltegio {
    param([Parameter(Mandatory)] $Mock)
    try { $Mock.Process.StandardInput.Close() } catch { }
    if (-not $Mock.Process.WaitForExit(5000)) { $Mock.Process.Kill() }
}

function Invoke-MockControl {
    param(
        [Parameter(Mandatory)] $Mock,
        [string] $Method = 'GET',
        [Parameter(Mandatory)] [string] $Path,
        $Body
    )
    $parameters = @{ Method = $Method; Uri = "$($Mock.RootUri)/__mock/$Path" }
    if ($null -ne $Body) {
        $parameters.Body = ($Body | ConvertTo-Json -Depth 8 -Compress)
        $parameters.ContentType = 'application/json'
    }
    Invoke-RestMethod @parameters
}

function Reset-MockAltegio {
    param([Parameter(Mandatory)] $Mock)
    Invoke-MockControl -Mock $Mock -Method POST -Path 'reset' | Out-Null
}

function Get-MockRequest {
    param([Parameter(Mandatory)] $Mock, [string] $Path, [string] $Method)
    # Invoke-RestMethod may hand back the JSON array as one object; unroll it before filtering.
    Invoke-MockControl -Mock $Mock -Path 'requests' | ForEach-Object { $_ } | Where-Object { (-not $Path -or $_.path -eq $Path) -and (-not $Method -or $_.method -eq $Method) }
}

function Add-MockFault {
    param([Parameter(Mandatory)] $Mock, [Parameter(Mandatory)] [hashtable] $Rule)
    Invoke-MockControl -Mock $Mock -Method POST -Path 'faults' -Body $Rule | Out-Null
}

function Connect-MockAltegio {
    param([Parameter(Mandatory)] $Mock, [long] $CompanyId = 1001, [switch] $PassThru, [hashtable] $Extra = @{})
    $partner = ConvertTo-SecureString 'demo-partner-token' -AsPlainText -Force
    $user = ConvertTo-SecureString 'demo-user-token' -AsPlainText -Force
    $parameters = @{ PartnerToken = $partner; UserToken = $user; CompanyId = $CompanyId; BaseUri = $Mock.BaseUri; RequestsPerSecond = 0; RequestsPerMinute = 0; PassThru = $PassThru }
    foreach ($key in $Extra.Keys) { $parameters[$key] = $Extra[$key] }
    Connect-Altegio @parameters
}

Export-ModuleMember -Function *
