BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:Mock = Start-MockAltegio

    function Get-WriteRequest { Get-MockRequest -Mock $script:Mock | Where-Object method -ne 'GET' }
    function Clear-MockRequest { Invoke-MockControl -Mock $script:Mock -Method DELETE -Path 'requests' | Out-Null }
    function New-ConfigFile([string] $Name, [string] $Text) {
        $path = Join-Path $TestDrive $Name
        Set-Content -LiteralPath $path -Value $Text -Encoding utf8
        $path
    }
}

AfterAll {
    Disconnect-Altegio
    Stop-MockAltegio $script:Mock
}

Describe 'Configuration as code' {
    BeforeEach {
        Reset-MockAltegio $script:Mock
        Connect-MockAltegio -Mock $script:Mock
        $script:Chain = (Invoke-MockControl -Mock $script:Mock -Method POST -Path 'seed/chain' -Body @{ locations = 2; tags = 3; positions = 2; teamMembers = 3 }).companyIds
    }

    Context 'Export-AltegioConfiguration' {
        It 'writes byte-identical files for the same state, keyed by natural keys, without ids or contact data' {
            $first = Join-Path $TestDrive 'a.psd1'
            $second = Join-Path $TestDrive 'b.psd1'
            Export-AltegioConfiguration -Path $first
            Export-AltegioConfiguration -CompanyId 1001 -Path $second
            (Get-FileHash $first).Hash | Should -Be (Get-FileHash $second).Hash
            $text = Get-Content -Raw $first
            $text | Should -Match "@\{ Title = 'VIP'; Entity = 'Client'; Color = '#ff2828'; Icon = 'star' \}"
            $text | Should -Match "@\{ Name = 'Maria Lopez'; Specialization = 'Yoga instructor'; Position = 'Instructor' \}"
            $text | Should -Not -Match 'Online booking|Old promo|Peter Brown|\+357|@altegio|3001|demo-'
            $data = Import-PowerShellDataFile $first
            $data.Keys | Sort-Object | Should -Be @('Positions', 'Tags', 'TeamMembers')
        }

        It 'writes JSON by the extension, only the included sections, and reads its own output back as matching' {
            $path = Join-Path $TestDrive 'tags.json'
            $file = Export-AltegioConfiguration -Path $path -Include Tag -PassThru
            $file | Should -BeOfType ([System.IO.FileInfo])
            $json = Get-Content -Raw $path | ConvertFrom-Json
            $json.PSObject.Properties.Name | Should -Be @('Tags')
            $json.Tags[0].Title | Should -Be 'New client'
            Get-MockRequest -Mock $script:Mock | ForEach-Object path | Should -Be @('/api/v2/locations/1001/tags')
            Test-AltegioConfiguration -Path $path | Should -BeTrue
        }

        It 'refuses an extension it cannot write before any request' {
            { Export-AltegioConfiguration -Path (Join-Path $TestDrive 'x.yaml') -ErrorAction Stop } |
                Should -Throw -ErrorId 'Altegio.InvalidConfiguration,Altegio.PowerShell.Commands.ExportAltegioConfigurationCommand'
            Get-MockRequest -Mock $script:Mock | Should -BeNullOrEmpty
        }
    }

    Context 'A bad file' {
        It 'fails before any request, naming the key and the problem: <Problem>' -ForEach @(
            @{ Problem = 'unknown key'; Text = "@{ Tags = @( @{ Title = 'VIP'; Colour = '#ff0000' } ) }"; Expected = "Tags\[0\]\.Colour: unknown key 'Colour'" }
            @{ Problem = 'duplicate key'; Text = "@{ Positions = @( @{ Title = 'Doctor' }, @{ Title = 'doctor' } ) }"; Expected = 'Positions\[1\]: duplicate natural key' }
            @{ Problem = 'missing position'; Text = "@{ Positions = @(); TeamMembers = @( @{ Name = 'Ann'; Specialization = 'Yoga'; Position = 'Coach' } ) }"; Expected = "TeamMembers\[0\]\.Position: .*'Coach', which is not in Positions" }
            @{ Problem = 'bad colour'; Text = "@{ Tags = @( @{ Title = 'VIP'; Color = 'red' } ) }"; Expected = "Tags\[0\]\.Color: The colour 'red' is not of the form #rrggbb" }
            @{ Problem = 'a bare word'; Text = "@{ Tags = @( @{ Title = VIP; Color = '#ff0000' } ) }"; Expected = "line 1: 'VIP' is not data \(a bare word is a command" }
        ) {
            $path = New-ConfigFile 'bad.psd1' $Text
            $caught = $null
            try { Get-AltegioLocation | Sync-AltegioConfiguration -Path $path } catch { $caught = $_ }
            $caught | Should -Not -BeNullOrEmpty
            $caught.FullyQualifiedErrorId | Should -Be 'Altegio.InvalidConfiguration,Altegio.PowerShell.Commands.SyncAltegioConfigurationCommand'
            $caught.CategoryInfo.Category | Should -Be 'InvalidData'
            $caught.Exception.Message | Should -Match "^bad\.psd1( line \d+)?: "
            $caught.Exception.Message | Should -Match $Expected
            Get-MockRequest -Mock $script:Mock | Where-Object path -NotLike '*/companies*' | Should -BeNullOrEmpty
        }

        It 'is read as data and never run' {
            $marker = Join-Path $TestDrive 'ran.txt'
            $path = New-ConfigFile 'evil.psd1' "@{ Tags = @( @{ Title = `"`$(Set-Content -Path '$marker' -Value 1)`"; Color = '#ff0000' } ) }"
            { Compare-AltegioConfiguration -Path $path -ErrorAction Stop } | Should -Throw '*is not data*never run*'
            Test-Path $marker | Should -BeFalse
            $json = New-ConfigFile 'bad.json' '{ "Tags": [ { "Title": "VIP", "Color": "#ff0000", "Entity": "Customer" } ] }'
            { Test-AltegioConfiguration -Path $json -ErrorAction Stop } | Should -Throw "*Tags``[0``].Entity: the entity 'Customer' is not one of*"
            Get-MockRequest -Mock $script:Mock | Should -BeNullOrEmpty
        }
    }

    Context 'Compare-AltegioConfiguration' {
        It 'writes typed changes for several locations and sends no write request' {
            $path = Join-Path $TestDrive 'salon.psd1'
            Export-AltegioConfiguration -Path $path
            Clear-MockRequest
            $changes = Compare-AltegioConfiguration -Path $path -CompanyId 1001, 1002
            Get-WriteRequest | Should -BeNullOrEmpty
            $changes | ForEach-Object { $_ | Should -BeOfType ([Altegio.Configuration.ConfigurationChange]) }
            @($changes | Where-Object CompanyId -eq 1001) | Should -BeNullOrEmpty
            $vip = $changes | Where-Object { $_.CompanyId -eq 1002 -and $_.Key -eq "'VIP' (Client)" }
            $vip.Action | Should -Be 'Create'
            $vip.Resource | Should -Be 'Tag'
            ($vip.Changes | Where-Object Name -eq 'Color').After | Should -Be '#ff2828'
            ($vip.Changes | Where-Object Name -eq 'Color').Before | Should -BeNullOrEmpty
            $table = $changes | Format-Table | Out-String -Width 200
            $table | Should -Match '1002 \+ Create\s+Position\s+Instructor\s+Title: \(none\) -> ''Instructor'''
        }

        It 'lists matching items with -IncludeEqual and removals only with -Prune' {
            $path = New-ConfigFile 'one.psd1' "@{ Tags = @( @{ Title = 'VIP'; Entity = 'Client'; Color = '#ff2828' } ) }"
            $plain = Compare-AltegioConfiguration -Path $path
            $plain | Should -BeNullOrEmpty
            (Compare-AltegioConfiguration -Path $path -IncludeEqual).Action | Should -Be 'NoChange'
            $pruned = Compare-AltegioConfiguration -Path $path -Prune
            ($pruned.Action | Sort-Object -Unique) | Should -Be 'Remove'
            $pruned.Key | Should -Not -Contain "'Online booking' (Common)"
            Get-WriteRequest | Should -BeNullOrEmpty
        }
    }

    Context 'Sync-AltegioConfiguration' {
        BeforeEach {
            $script:File = Join-Path $TestDrive 'chain.psd1'
            Export-AltegioConfiguration -CompanyId $script:Chain[0] -Path $script:File
            Add-Content -LiteralPath $script:File -Value '# edited in a pull request'
        }

        It 'plans the whole chain from Get-AltegioLocation with -WhatIf and writes nothing' {
            $pwsh = Get-ChildPowerShell
            $script = @"
Import-Module '$(Get-TestModulePath)'
Connect-Altegio -PartnerToken (ConvertTo-SecureString demo-partner-token -AsPlainText -Force) -UserToken (ConvertTo-SecureString demo-user-token -AsPlainText -Force) -BaseUri '$($script:Mock.BaseUri)' -RequestsPerSecond 0 -RequestsPerMinute 0
Get-AltegioLocation | Sync-AltegioConfiguration -Path '$($script:File)' -WhatIf
"@
            Clear-MockRequest
            $output = & $pwsh -NoProfile -NonInteractive -Command $script 2>&1 | Out-String
            $output | Should -Match 'What if: Performing the operation "Create" on target "Location 1002: position Position 01'
            $output | Should -Match 'What if: Performing the operation "Create" on target "Location 1001: tag ''Tag 01'''
            $output | Should -Not -Match "Location $($script:Chain[1]):"
            Get-WriteRequest | Should -BeNullOrEmpty
        }

        It 'creates positions before the members that use them, and a second sync sends no write request' {
            $done = Sync-AltegioConfiguration -Path $script:File -CompanyId 1002 -PassThru
            $done.Count | Should -Be 8
            $writes = @(Get-WriteRequest)
            $lastPosition = [array]::FindLastIndex($writes, [Predicate[object]] { param($r) $r.path -like '*/positions' })
            $firstMember = [array]::FindIndex($writes, [Predicate[object]] { param($r) $r.path -like '*/staff/quick' })
            $lastPosition | Should -BeLessThan $firstMember
            Test-AltegioConfiguration -Path $script:File -CompanyId 1002 | Should -BeTrue

            Clear-MockRequest
            Get-AltegioLocation | Sync-AltegioConfiguration -Path $script:File
            $first = @(Get-WriteRequest).Count
            $first | Should -BeGreaterThan 0
            Clear-MockRequest
            Get-AltegioLocation | Sync-AltegioConfiguration -Path $script:File -PassThru | Should -BeNullOrEmpty
            Get-WriteRequest | Should -BeNullOrEmpty
            Get-AltegioLocation | Test-AltegioConfiguration -Path $script:File | Should -BeTrue
        }

        It 'removes nothing without -Prune; with it removes tags and positions and dismisses members, never deleting one' {
            Sync-AltegioConfiguration -Path $script:File -CompanyId 1002
            (Get-AltegioTag -CompanyId 1002).Title | Should -Contain 'Insurance'
            Clear-MockRequest
            $done = Sync-AltegioConfiguration -Path $script:File -CompanyId 1002 -Prune -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue
            # Dismissed 111 still holds Doctor, so the API keeps it: that one change fails, for its location and item.
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'Altegio.Conflict,Altegio.PowerShell.Commands.SyncAltegioConfigurationCommand'
            $failures[0].ErrorDetails.Message | Should -Match '^Location 1002, position Doctor: Remove failed: '
            ($done | Where-Object Action -eq 'Remove').Key | Should -Contain "'Insurance' (Client)"
            (Get-AltegioTag -CompanyId 1002).Title | Should -Not -Contain 'Insurance'
            $dismissed = $done | Where-Object Action -eq 'Dismiss'
            $dismissed.Id | Should -Be 111
            Get-MockRequest -Mock $script:Mock -Method DELETE | Where-Object path -match 'staff|team_members' | Should -BeNullOrEmpty
            (Get-AltegioTeamMember -CompanyId 1002 -Status Dismissed).Id | Should -Contain 111
            Test-AltegioConfiguration -Path $script:File -CompanyId 1002 -Prune | Should -BeFalse
        }

        It 'reports a failed change for its location and item and goes on with the rest' {
            Add-MockFault -Mock $script:Mock -Rule @{ method = 'POST'; path = '/api/v2/locations/1002/tags'; times = 1; kind = 'status'; status = 422; body = '{"success":false,"data":null,"meta":{"message":"Title taken"}}' }
            $done = Sync-AltegioConfiguration -Path $script:File -CompanyId 1002, 1001 -PassThru -ErrorVariable failures -ErrorAction SilentlyContinue
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'Altegio.ValidationFailed,Altegio.PowerShell.Commands.SyncAltegioConfigurationCommand'
            $failures[0].ErrorDetails.Message | Should -Match "^Location 1002, tag 'Tag 0\d' \(\w+\): Create failed: "
            $failures[0].TargetObject.CompanyId | Should -Be 1002
            ($done | Where-Object CompanyId -eq 1002).Count | Should -Be 7
            ($done | Where-Object CompanyId -eq 1001).Count | Should -Be 8
        }

        It 'reports a location it cannot reach and checks the others; Test is $false and -Detailed gives one result per location' {
            $failures = $null
            $results = Test-AltegioConfiguration -Path $script:File -CompanyId $script:Chain[1], 1003 -Detailed -ErrorVariable failures -ErrorAction SilentlyContinue
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Match '^Altegio.Forbidden'
            $failures[0].TargetObject | Should -Be 1003
            $results.Count | Should -Be 2
            ($results | Where-Object CompanyId -eq $script:Chain[1]).InDesiredState | Should -BeTrue
            ($results | Where-Object CompanyId -eq 1003).InDesiredState | Should -BeFalse
            Test-AltegioConfiguration -Path $script:File -CompanyId $script:Chain[1], 1003 -ErrorAction SilentlyContinue | Should -BeFalse
            Test-AltegioConfiguration -Path $script:File -CompanyId $script:Chain[1] | Should -BeTrue
        }

        It 'reports a position move as not applicable and sends nothing for it' {
            $path = New-ConfigFile 'move.psd1' "@{ TeamMembers = @( @{ Name = 'Maria Lopez'; Specialization = 'Yoga instructor'; Position = 'Trainee' } ) }"
            Sync-AltegioConfiguration -Path $path -ErrorVariable failures -ErrorAction SilentlyContinue
            $failures[0].FullyQualifiedErrorId | Should -Be 'Altegio.ConfigurationNotApplicable,Altegio.PowerShell.Commands.SyncAltegioConfigurationCommand'
            $failures[0].ErrorDetails.Message | Should -Match "Location 1001, team member 'Maria Lopez' \(Yoga instructor\): Update failed: The API cannot move"
            Get-WriteRequest | Should -BeNullOrEmpty
        }
    }
}
