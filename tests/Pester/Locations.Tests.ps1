BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:Mock = Start-MockAltegio
}

AfterAll {
    Disconnect-Altegio
    Stop-MockAltegio $script:Mock
}

Describe 'Locations and completion' {
    BeforeEach {
        Reset-MockAltegio $script:Mock
        Connect-MockAltegio -Mock $script:Mock
    }

    Describe 'Get-AltegioLocation' {
        It 'lists the locations the user can reach' {
            $locations = Get-AltegioLocation
            $locations.CompanyId | Sort-Object | Should -Be @(1001, 1002)
            $locations | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.Location]) }
            ($locations | Where-Object CompanyId -eq 1001).UtcOffset | Should -Be ([TimeSpan]::FromHours(2))
        }

        It 'gets by id, filters by title, and reports a forbidden location per item' {
            (Get-AltegioLocation -Id 1002).Title | Should -Be 'Demo Clinic'
            (Get-AltegioLocation -Title '*salon').CompanyId | Should -Be 1001
            $found = Get-AltegioLocation -CompanyId 1003, 1001 -ErrorAction SilentlyContinue -ErrorVariable denied
            $found.CompanyId | Should -Be 1001
            $denied[0].FullyQualifiedErrorId | Should -Be 'Altegio.Forbidden,Altegio.PowerShell.Commands.GetAltegioLocationCommand'
        }

        It 'pipes into other commands as their -CompanyId' {
            $tags = Get-AltegioLocation | Get-AltegioTag
            ($tags.CompanyId | Sort-Object -Unique) | Should -Be @(1001, 1002)
        }

        It 'takes a piped tag''s location, not the tag''s id' {
            (Get-AltegioTag | Select-Object -First 1 | Get-AltegioLocation).CompanyId | Should -Be 1001
        }

        It 'shows a table view' {
            Get-AltegioLocation | Out-String | Should -Match 'CompanyId\s+Title\s+City\s+UtcOffset'
        }
    }

    Describe 'Argument completers' {
        It 'completes -CompanyId with location ids and titles, calling the API once' {
            Invoke-MockControl -Mock $script:Mock -Method DELETE -Path 'requests' | Out-Null
            $line = 'Get-AltegioTag -CompanyId '
            $first = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $first.CompletionMatches.CompletionText | Should -Be @('1002', '1001')  # sorted by title: Demo Clinic, Demo Salon
            $first.CompletionMatches[0].ToolTip | Should -Be 'Demo Clinic (Nicosia)'
            $line = 'Get-AltegioTag -CompanyId Clin'
            $second = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $second.CompletionMatches.CompletionText | Should -Be @('1002')
            @(Get-MockRequest -Mock $script:Mock -Path '/api/v1/companies').Count | Should -Be 1
        }

        It 'completes tag ids for the location on the command line' {
            $line = 'Remove-AltegioTag -LocationId 1001 -Id '
            $result = TabExpansion2 -inputScript $line -cursorColumn $line.Length
            $result.CompletionMatches.CompletionText | Should -Contain '3001'
            ($result.CompletionMatches | Where-Object CompletionText -eq '3001').ListItemText | Should -Match 'VIP'
        }

        It 'completes team-member and position ids with names' {
            $line = 'Remove-AltegioTeamMember -Id '
            $members = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
            $members.Count | Should -BeGreaterThan 1
            $members[0].ToolTip | Should -Not -BeNullOrEmpty
            $line = 'New-AltegioTeamMember -PositionId '
            $positions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
            $positions.Count | Should -BeGreaterThan 1
            $positions.CompletionText | ForEach-Object { $_ | Should -Match '^\d+$' }
        }

        It 'offers nothing, quietly, without a session' {
            Disconnect-Altegio
            $line = 'Get-AltegioTag -CompanyId '
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | Should -BeNullOrEmpty
        }
    }
}
