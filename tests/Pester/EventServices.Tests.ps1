Describe 'Event services and the order of a change' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        Import-Module (Get-TestModulePath) -Force
        $script:Mock = Start-MockAltegio
        $script:ServicesPath = '/api/v1/locations/1001/events/services'
    }

    AfterAll {
        Disconnect-Altegio
        Stop-MockAltegio $script:Mock
    }

    BeforeEach {
        Reset-MockAltegio $script:Mock
        Connect-MockAltegio -Mock $script:Mock
    }

    Describe 'Get-AltegioEventService' {
        It 'lists typed services with their team members and session lengths' {
            $services = Get-AltegioEventService
            $services.Id | Should -Be @(301, 302, 303)
            $services | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.EventService]) }
            $yoga = $services[0]
            $yoga.Title | Should -Be 'Yoga'
            $yoga.TeamMembers[0] | Should -BeOfType ([Altegio.Models.EventServiceTeamMember])
            $yoga.TeamMembers[0].Id | Should -Be 101
            $yoga.TeamMembers[0].SessionLength | Should -Be ([timespan]::FromHours(1))
            (Get-Command Get-AltegioEventService).OutputType.Type | Should -Contain ([Altegio.Models.EventService])
        }

        It 'completes New-AltegioEvent -ServiceId with every group service, once per session' {
            $line = 'New-AltegioEvent -ServiceId '
            $first = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
            $line = 'New-AltegioEvent -ServiceId 30'
            $again = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

            $first.CompletionText | Should -Be @('302', '303', '301')
            $first.ToolTip | Should -Be @('Pilates', 'Stretching', 'Yoga')
            $again.CompletionText | Should -Be @('302', '303', '301')
            @(Get-MockRequest -Mock $script:Mock -Path $script:ServicesPath -Method GET).Count | Should -Be 1
        }

        It 'filters by -TeamMemberId (sent as staff_id) and by -Name with wildcards' {
            (Get-AltegioEventService -TeamMemberId 102).Id | Should -Be 302
            (Get-MockRequest -Mock $script:Mock -Path $script:ServicesPath | Select-Object -Last 1).queryString | Should -Be '?staff_id=102'
            (Get-AltegioEventService 'pil*').Id | Should -Be 302
            (Get-AltegioEventService -Name YOGA).Id | Should -Be 301
            Get-AltegioEventService -Name 'Yog' | Should -BeNullOrEmpty
        }

        It 'binds -TeamMemberId from piped objects by property name' {
            ([pscustomobject]@{ TeamMemberId = 102 } | Get-AltegioEventService).Id | Should -Be 302
            ([pscustomobject]@{ StaffId = 102; CompanyId = 1001 } | Get-AltegioEventService).Id | Should -Be 302
        }

        It 'refuses -TeamMemberId 0 before sending' {
            { Get-AltegioEventService -TeamMemberId 0 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Altegio.PowerShell.Commands.GetAltegioEventServiceCommand'
            @(Get-MockRequest -Mock $script:Mock -Path $script:ServicesPath).Count | Should -Be 0
        }
    }

    Describe 'Every change checks its input before ShouldProcess' {
        It 'reports a bad value under -WhatIf as the real run would, and sends nothing' -TestCases @(
            @{ Command = { Set-AltegioTag -Id 3001 -Color 'blue' -WhatIf -ErrorAction Stop }; Field = 'Altegio.InvalidParameter' }
            @{ Command = { Set-AltegioPosition -Id 2001 -Title ('x' * 101) -WhatIf -ErrorAction Stop }; Field = 'Altegio.InvalidParameter' }
            @{ Command = { Set-AltegioTeamMember -Id 101 -Weight -1 -WhatIf -ErrorAction Stop }; Field = 'Altegio.InvalidParameter' }
            @{ Command = { New-AltegioTag -Title 'T' -Color 'blue' -WhatIf -ErrorAction Stop }; Field = 'Altegio.InvalidParameter' }
            @{ Command = { New-AltegioPosition -Title ' ' -WhatIf -ErrorAction Stop }; Field = 'Altegio.InvalidParameter' }
            @{ Command = { New-AltegioTeamMember -Name 'A' -Specialization 'B' -Invite -WhatIf -ErrorAction Stop }; Field = 'Altegio.InvalidParameter' }
        ) {
            param($Command, $Field)
            $failure = $null
            try { & $Command } catch { $failure = $_ }
            $failure | Should -Not -BeNullOrEmpty
            $failure.FullyQualifiedErrorId | Should -BeLike "$Field,*"
            @(Get-MockRequest -Mock $script:Mock | Where-Object method -ne 'GET').Count | Should -Be 0
        }

        It 'still sends nothing with -WhatIf for a good value' {
            Set-AltegioTag -Id 3001 -Color '#000000' -WhatIf
            Set-AltegioTeamMember -Id 101 -Weight 3 -WhatIf
            @(Get-MockRequest -Mock $script:Mock | Where-Object method -ne 'GET').Count | Should -Be 0
        }
    }
}
