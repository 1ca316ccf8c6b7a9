BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:Mock = Start-MockAltegio
}

AfterAll {
    Disconnect-Altegio
    Stop-MockAltegio $script:Mock
}

Describe 'Transport' {
    BeforeEach {
        Reset-MockAltegio $script:Mock
    }

    Describe 'Tracing' {
        It 'writes one Verbose line per call with method, path, status and milliseconds' {
            Connect-MockAltegio -Mock $script:Mock
            $lines = Get-AltegioTag -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
            $lines.Message | Should -Match '^GET /v2/locations/1001/tags -> 200 OK \(\d+ ms\)$'
        }

        It 'masks every secret in Debug output, including the login exchange' {
            $partner = ConvertTo-SecureString 'demo-partner-token' -AsPlainText -Force
            $credential = [pscredential]::new('demo@altegio.test', (ConvertTo-SecureString 'demo-password' -AsPlainText -Force))
            $debug = & {
                Connect-Altegio -PartnerToken $partner -Credential $credential -BaseUri $script:Mock.BaseUri -CompanyId 1001 -RequestsPerSecond 0 -Debug -Verbose
                Get-AltegioTag -Debug -Verbose | Out-Null
                Get-AltegioTag -Id 99999999 -ErrorAction SilentlyContinue -Debug -Verbose
                $Error[0] | Format-List * -Force
            } 5>&1 4>&1 3>&1 2>&1 | Out-String
            $debug | Should -Match 'Authorization: \*\*\*'
            $debug | Should -Match '"password":"\*\*\*"'
            $debug | Should -Not -Match 'demo-partner-token'
            $debug | Should -Not -Match 'demo-user-token'
            $debug | Should -Not -Match 'demo-password'
        }

        It '-Debug with a retry shows the whole exchange and never prompts in a child PowerShell (<Mode>)' -ForEach @(
            @{ Mode = 'NonInteractive' }, @{ Mode = 'stdin closed' }
        ) {
            Add-MockFault -Mock $script:Mock -Rule @{ kind = 'status'; method = 'GET'; path = '/api/v2/locations/1001/tags'; status = 503; retryAfter = '0'; times = 1 }
            $script = Join-Path $TestDrive 'debug-child.ps1'
            Set-Content -Path $script -Encoding utf8 -Value @'
param($ModulePath, $BaseUri)
$ErrorActionPreference = 'Stop'
Import-Module $ModulePath
$partner = ConvertTo-SecureString 'demo-partner-token' -AsPlainText -Force
$user = ConvertTo-SecureString 'demo-user-token' -AsPlainText -Force
Connect-Altegio -PartnerToken $partner -UserToken $user -BaseUri $BaseUri -CompanyId 1001 -RequestsPerSecond 0
$count = 0
Get-AltegioTag -Debug *>&1 | ForEach-Object {
    if ($_ -is [Altegio.Models.Tag]) { $count++ } else { "$($_.GetType().Name): $_" }
}
"TAGS: $count"
'@
            $arguments = @('-NoProfile', '-NoLogo')
            if ($Mode -eq 'NonInteractive') { $arguments += '-NonInteractive' }
            $arguments += @('-File', $script, (Get-TestModulePath), $script:Mock.BaseUri)
            $startInfo = [System.Diagnostics.ProcessStartInfo]::new((Get-ChildPowerShell), (($arguments | ForEach-Object { '"' + $_ + '"' }) -join ' '))
            $startInfo.UseShellExecute = $false
            $startInfo.RedirectStandardOutput = $true
            $startInfo.RedirectStandardError = $true
            $startInfo.RedirectStandardInput = $true
            $child = [System.Diagnostics.Process]::Start($startInfo)
            $child.StandardInput.Close()
            $errors = $child.StandardError.ReadToEndAsync()
            $output = $child.StandardOutput.ReadToEnd()
            $child.WaitForExit()
            $all = $output + $errors.Result

            $all | Should -Not -Match 'NonInteractive mode|Object reference|Continue with this operation'
            $child.ExitCode | Should -Be 0
            $output | Should -Match 'WarningRecord: GET /v2/locations/1001/tags failed \(HTTP 503'
            $output | Should -Match 'DebugRecord: HTTP request \(retry 1\)'
            $output | Should -Match 'DebugRecord: HTTP response:\s+200'
            $output | Should -Match 'VerboseRecord: GET /v2/locations/1001/tags -> 200 OK'
            $output | Should -Match 'TAGS: [1-9]'
        }

        It 'warns about each retry' {
            Connect-MockAltegio -Mock $script:Mock
            Add-MockFault -Mock $script:Mock -Rule @{ kind = 'status'; method = 'GET'; path = '/api/v2/locations/1001/tags'; status = 503; retryAfter = '0'; times = 1 }
            $warnings = Get-AltegioTag 3>&1 | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }
            @($warnings).Count | Should -Be 1
            $warnings[0].Message | Should -Match 'retry 1 of 3'
        }
    }

    Describe 'Limits' {
        It 'lets a plain New-AltegioTag loop finish under the server''s rate limit with nothing lost or duplicated' {
            Invoke-MockControl -Mock $script:Mock -Method PUT -Path 'ratelimit' -Body @{ perSecond = 10; perMinute = 0; retryAfter = 'seconds' } | Out-Null
            Connect-MockAltegio -Mock $script:Mock -Extra @{ RequestsPerSecond = 10 }
            $created = 1..30 | ForEach-Object { New-AltegioTag -Title "Bulk $_" -Color '#222222' -ErrorAction Stop }
            $created.Count | Should -Be 30
            (Get-AltegioTag -Title 'Bulk *').Count | Should -Be 30
            @(Get-MockRequest -Mock $script:Mock -Path '/api/v2/locations/1001/tags' -Method POST | Where-Object status -eq 201).Count | Should -Be 30
        }

        It 'fails a request that outlasts -TimeoutSec with Altegio.Timeout' {
            Connect-MockAltegio -Mock $script:Mock -Extra @{ TimeoutSec = 1 }
            Add-MockFault -Mock $script:Mock -Rule @{ kind = 'delay'; method = 'GET'; path = '/api/v2/locations/1001/tags'; delayMs = 4000; times = 1 }
            { Get-AltegioTag -ErrorAction Stop } | Should -Throw -ErrorId 'Altegio.Timeout,Altegio.PowerShell.Commands.GetAltegioTagCommand'
        }

        It 'reports a change whose answer was cut off as Altegio.OutcomeUnknown, sent once, never as a success (<Fault>)' -ForEach @(
            @{ Fault = 'truncate' }, @{ Fault = 'resetAfterProcessing' }
        ) {
            Connect-MockAltegio -Mock $script:Mock
            Add-MockFault -Mock $script:Mock -Rule @{ kind = $Fault; method = 'PUT'; path = '/api/v2/locations/1001/tags/3001'; times = 1 }
            $failure = $null
            try { Set-AltegioTag -Id 3001 -Title 'Renamed' -ErrorAction Stop } catch { $failure = $_ }
            $failure | Should -Not -BeNullOrEmpty
            $failure.FullyQualifiedErrorId | Should -Be 'Altegio.OutcomeUnknown,Altegio.PowerShell.Commands.SetAltegioTagCommand'
            $failure.Exception.Message | Should -Match 'the change may have been made; check before you retry'
            $failure.ErrorDetails.RecommendedAction | Should -Match 'check'
            @(Get-MockRequest -Mock $script:Mock -Path '/api/v2/locations/1001/tags/3001' -Method PUT).Count | Should -Be 1
        }

        It 'shows the API''s message for success:false with HTTP 200 and names no field (Altegio.Refused)' {
            Connect-MockAltegio -Mock $script:Mock
            Add-MockFault -Mock $script:Mock -Rule @{ kind = 'successFalse'; method = 'GET'; path = '/api/v2/locations/1001/tags'; message = 'Location is blocked'; times = 1 }
            $failure = $null
            try { Get-AltegioTag -ErrorAction Stop } catch { $failure = $_ }
            $failure.FullyQualifiedErrorId | Should -Be 'Altegio.Refused,Altegio.PowerShell.Commands.GetAltegioTagCommand'
            $failure.Exception.Message | Should -Match 'Location is blocked'
            $failure.ErrorDetails.RecommendedAction | Should -Not -Match 'values the message names'
        }

        It 'reports a server that answers HTML as Altegio.ServerError, terminating' {
            Connect-MockAltegio -Mock $script:Mock -Extra @{ MaximumRetryCount = 0 }
            Add-MockFault -Mock $script:Mock -Rule @{ kind = 'html'; method = 'GET'; path = '/api/v2/locations/1001/tags'; status = 502; times = 1 }
            { Get-AltegioTag } | Should -Throw -ErrorId 'Altegio.ServerError,Altegio.PowerShell.Commands.GetAltegioTagCommand'
        }
    }

    Describe 'Proxy' {
        It 'sends requests through -Proxy' {
            # altegio.invalid never resolves, so an answer can only have come through the proxy: the mock,
            # which serves absolute-form requests as a forward proxy would pass them on.
            $partner = ConvertTo-SecureString 'demo-partner-token' -AsPlainText -Force
            $user = ConvertTo-SecureString 'demo-user-token' -AsPlainText -Force
            Connect-Altegio -PartnerToken $partner -UserToken $user -BaseUri 'http://altegio.invalid/api' -AllowUnencryptedAuthentication -Proxy $script:Mock.RootUri -CompanyId 1001 -RequestsPerSecond 0
            (Get-AltegioTag | Measure-Object).Count | Should -BeGreaterThan 0
            (Get-MockRequest -Mock $script:Mock -Path '/api/v2/locations/1001/tags' | Select-Object -Last 1).headers.Host | Should -Be 'altegio.invalid'
        }
    }

    Describe 'Ctrl+C' {
        BeforeAll {
            # Runs a command in another runspace of this process, waits until the mock has seen its request
            # (and answered it with the given status, when given), then stops it as Ctrl+C would.
            function Measure-Stop([string] $Command, [int] $SeenStatus = 0) {
                $module = Get-TestModulePath
                $ps = [powershell]::Create()
                $null = $ps.AddScript("Import-Module '$module'; `$env:ALTEGIO_PARTNER_TOKEN = 'demo-partner-token'; `$env:ALTEGIO_USER_TOKEN = 'demo-user-token'; Connect-Altegio -BaseUri '$($script:Mock.BaseUri)' -CompanyId 1001 -RequestsPerSecond 0; $Command")
                $handle = $ps.BeginInvoke()
                $deadline = [datetime]::UtcNow.AddSeconds(20)
                do {
                    Start-Sleep -Milliseconds 50
                    $seen = Get-MockRequest -Mock $script:Mock -Path '/api/v2/locations/1001/tags' | Where-Object { $SeenStatus -eq 0 -or $_.status -eq $SeenStatus }
                } until ($seen -or [datetime]::UtcNow -gt $deadline)
                if ($SeenStatus -eq 0) { Start-Sleep -Milliseconds 200 }  # the request is now in flight
                $watch = [System.Diagnostics.Stopwatch]::StartNew()
                $ps.Stop()
                $watch.Stop()
                $state = $ps.InvocationStateInfo.State
                $ps.Dispose()
                [pscustomobject]@{ Seen = [bool]$seen; Seconds = $watch.Elapsed.TotalSeconds; State = $state }
            }
        }

        It 'cancels a request in flight' {
            Add-MockFault -Mock $script:Mock -Rule @{ kind = 'delay'; method = 'GET'; path = '/api/v2/locations/1001/tags'; delayMs = 30000; times = 1 }
            $stop = Measure-Stop 'Get-AltegioTag'
            $stop.Seen | Should -BeTrue
            $stop.State | Should -Be 'Stopped'
            # The server would have answered after 30 s; stopping well inside that shows the request was cancelled.
            $stop.Seconds | Should -BeLessThan 2
        }

        It 'cancels a retry wait' {
            Add-MockFault -Mock $script:Mock -Rule @{ kind = 'status'; method = 'GET'; path = '/api/v2/locations/1001/tags'; status = 503; retryAfter = '30'; times = 1 }
            $stop = Measure-Stop 'Get-AltegioTag' -SeenStatus 503
            $stop.Seen | Should -BeTrue
            $stop.State | Should -Be 'Stopped'
            $stop.Seconds | Should -BeLessThan 2
        }
    }
}
