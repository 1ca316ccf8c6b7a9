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

        It 'reports a server that answers HTML as Altegio.ServerError, terminating' {
            Connect-MockAltegio -Mock $script:Mock -Extra @{ MaximumRetryCount = 0 }
            Add-MockFault -Mock $script:Mock -Rule @{ kind = 'html'; method = 'GET'; path = '/api/v2/locations/1001/tags'; status = 502; times = 1 }
            { Get-AltegioTag } | Should -Throw -ErrorId 'Altegio.ServerError,Altegio.PowerShell.Commands.GetAltegioTagCommand'
        }
    }
}
