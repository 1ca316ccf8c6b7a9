Describe 'Positions' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        Import-Module (Get-TestModulePath) -Force
        $script:Mock = Start-MockAltegio
        $script:PositionsPath = '/api/v2/locations/1001/positions'
    }

    AfterAll {
        Disconnect-Altegio
        Stop-MockAltegio $script:Mock
    }

    BeforeEach {
        Reset-MockAltegio $script:Mock
        Connect-MockAltegio -Mock $script:Mock
    }

    Describe 'Get-AltegioPosition' {
        It 'lists typed positions of the session''s location' {
            $positions = Get-AltegioPosition
            $positions.Id | Should -Be @(2001, 2002, 2003)
            $positions | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.Position]); $_.CompanyId | Should -Be 1001 }
            $positions[0].ServicesBindingType | Should -Be 'Soft'
            $positions[1].RequiredFields | Should -Be @('phone', 'email')
            $positions[0].LocationIds | Should -Be @(1001)
            (Get-Command Get-AltegioPosition).OutputType.Type | Should -Contain ([Altegio.Models.Position])
        }

        It 'reads the old string form of services_binding_type as the same enum' {
            Invoke-MockControl -Mock $script:Mock -Method PUT -Path 'settings' -Body @{ servicesBindingTypeAsString = $true } | Out-Null
            (Get-AltegioPosition).ServicesBindingType | Should -Be @('Soft', 'Disabled', 'Strict')
        }

        It 'gets positions by -Id, positionally, from numbers, from positions and from CSV rows' {
            (Get-AltegioPosition -Id 2002).Title | Should -Be 'Administrator'
            (Get-AltegioPosition 2001, 2003).Id | Should -Be @(2001, 2003)
            (2001, 2002 | Get-AltegioPosition).Id | Should -Be @(2001, 2002)
            (Get-AltegioPosition -Title Trainee | Get-AltegioPosition).Id | Should -Be 2003
            ([pscustomobject]@{ Id = 2002; CompanyId = 1001 } | Get-AltegioPosition).Title | Should -Be 'Administrator'
            ([pscustomobject]@{ PositionId = 2011; LocationId = 1002 } | Get-AltegioPosition).Title | Should -Be 'Doctor'
            # Only the -Title list above read the whole list; everything else went by id.
            @(Get-MockRequest -Mock $script:Mock -Path $script:PositionsPath).Count | Should -Be 1
        }

        It 'filters by -Title with wildcards on the client' {
            (Get-AltegioPosition -Title 'ad*').Id | Should -Be 2002
            (Get-AltegioPosition '*OR').Id | Should -Be @(2001, 2002)
            Get-AltegioPosition -Title 'nothing*' | Should -BeNullOrEmpty
            (Get-MockRequest -Mock $script:Mock -Path $script:PositionsPath | Select-Object -Last 1).queryString | Should -BeNullOrEmpty
        }

        It 'reports an unknown id as a non-terminating Altegio.NotFound and goes on' {
            $result = Get-AltegioPosition -Id 99999, 2001 -ErrorAction SilentlyContinue -ErrorVariable failures
            $result.Id | Should -Be 2001
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'Altegio.NotFound,Altegio.PowerShell.Commands.GetAltegioPositionCommand'
            $failures[0].TargetObject | Should -Be 99999
        }

        It 'shows a table view that fits 80 columns' {
            $text = Get-AltegioPosition | Out-String -Width 80
            $text | Should -Match 'Id\s+Title\s+Services\s+Locations\s+Description'
            $text | Should -Match '2001 Instructor\s+Soft\s+1001\s+Leads group classes'
        }
    }

    Describe 'New-AltegioPosition' {
        It 'creates a position and writes it' {
            $position = New-AltegioPosition -Title ' Receptionist ' -Description 'Greets clients'
            $position | Should -BeOfType ([Altegio.Models.Position])
            $position.Title | Should -Be 'Receptionist'
            (Get-AltegioPosition -Id $position.Id).Description | Should -Be 'Greets clients'
            (Get-MockRequest -Mock $script:Mock -Path $script:PositionsPath -Method POST).body | Should -Be '{"title":"Receptionist","description":"Greets clients"}'
        }

        It 'validates the title and the description before sending anything' {
            New-AltegioPosition -Title ' ' -ErrorAction SilentlyContinue -ErrorVariable bad
            New-AltegioPosition -Title ('x' * 101) -ErrorAction SilentlyContinue -ErrorVariable +bad
            New-AltegioPosition -Title 'Ok' -Description ('d' * 1001) -ErrorAction SilentlyContinue -ErrorVariable +bad
            $bad.Count | Should -Be 3
            $bad | ForEach-Object { $_.FullyQualifiedErrorId | Should -Be 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.NewAltegioPositionCommand' }
            $bad[1].Exception.Message | Should -Match 'at most 100'
            Get-MockRequest -Mock $script:Mock -Path $script:PositionsPath -Method POST | Should -BeNullOrEmpty
        }

        It 'takes rows from Import-Csv, and a bad row does not stop the others' {
            $csv = Join-Path $TestDrive 'positions.csv'
            @(
                [pscustomobject]@{ Title = 'Csv one'; Description = 'First' }
                [pscustomobject]@{ Title = ''; Description = 'Nameless' }
                [pscustomobject]@{ Title = 'Csv three'; Description = '' }
            ) | Export-Csv -Path $csv -NoTypeInformation
            $created = Import-Csv $csv | New-AltegioPosition -ErrorAction SilentlyContinue -ErrorVariable rowErrors
            $created.Title | Should -Be @('Csv one', 'Csv three')
            $created[1].Description | Should -BeNullOrEmpty
            $rowErrors.Count | Should -Be 1
            $rowErrors[0].TargetObject | Should -Be ''
            (Get-MockRequest -Mock $script:Mock -Path $script:PositionsPath -Method POST).body | Should -Be @('{"title":"Csv one","description":"First"}', '{"title":"Csv three"}')
        }

        It 'sends nothing with -WhatIf' {
            New-AltegioPosition -Title 'Never' -WhatIf
            Get-MockRequest -Mock $script:Mock -Path $script:PositionsPath -Method POST | Should -BeNullOrEmpty
        }
    }

    Describe 'Set-AltegioPosition' {
        It 'reads the position first and sends its current title when only -Description is given' {
            $changed = Set-AltegioPosition -Id 2001 -Description 'Leads every class' -PassThru
            $changed.Title | Should -Be 'Instructor'
            $changed.Description | Should -Be 'Leads every class'
            $calls = Get-MockRequest -Mock $script:Mock -Path "$($script:PositionsPath)/2001"
            $calls.method | Should -Be @('GET', 'PUT', 'GET')
            $calls[1].body | Should -Be '{"title":"Instructor","description":"Leads every class"}'
        }

        It 'keeps the description when only -Title is given, and writes nothing without -PassThru' {
            Set-AltegioPosition -Id 2002 -Title 'Front desk' | Should -BeNullOrEmpty
            (Get-MockRequest -Mock $script:Mock -Method PUT).body | Should -Be '{"title":"Front desk","description":"Front desk"}'
            (Get-AltegioPosition -Id 2002).Description | Should -Be 'Front desk'
        }

        It 'sends both without reading first when both are given' {
            Set-AltegioPosition 2003 -Title 'Apprentice' -Description 'Learns'
            (Get-MockRequest -Mock $script:Mock -Path "$($script:PositionsPath)/2003").method | Should -Be 'PUT'
        }

        It 'updates piped positions' {
            Get-AltegioPosition -Title '*or' | Set-AltegioPosition -Description 'Teaches'
            (Get-AltegioPosition -Id 2001, 2002).Description | Should -Be @('Teaches', 'Teaches')
            (Get-AltegioPosition -Id 2001).Title | Should -Be 'Instructor'
        }

        It 'refuses a call with nothing to change, and reports an unknown id as Altegio.NotFound' {
            Set-AltegioPosition -Id 2001 -ErrorAction SilentlyContinue -ErrorVariable nothing
            $nothing[0].FullyQualifiedErrorId | Should -Be 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.SetAltegioPositionCommand'
            Set-AltegioPosition -Id 99999 -Title 'X' -ErrorAction SilentlyContinue -ErrorVariable missing
            $missing[0].FullyQualifiedErrorId | Should -Be 'Altegio.NotFound,Altegio.PowerShell.Commands.SetAltegioPositionCommand'
            $missing[0].TargetObject | Should -Be 99999
        }

        It 'sends nothing with -WhatIf' {
            Set-AltegioPosition -Id 2001 -Title 'Never' -WhatIf
            Get-MockRequest -Mock $script:Mock -Path "$($script:PositionsPath)/2001" | Should -BeNullOrEmpty
        }
    }

    Describe 'Remove-AltegioPosition' {
        It 'is high impact, so it would prompt by default' {
            (Get-Command Remove-AltegioPosition).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
        }

        It 'sends nothing with -WhatIf' {
            Get-AltegioPosition | Remove-AltegioPosition -WhatIf
            Get-MockRequest -Mock $script:Mock -Method DELETE | Should -BeNullOrEmpty
        }

        It 'removes an unassigned position and checks that it is gone' {
            Remove-AltegioPosition -Id 2003 -Confirm:$false -ErrorVariable failed
            $failed | Should -BeNullOrEmpty
            (Get-MockRequest -Mock $script:Mock -Path "$($script:PositionsPath)/2003").method | Should -Be @('DELETE', 'GET')
            (Get-AltegioPosition).Id | Should -Not -Contain 2003
        }

        It 'reports a position the API keeps because team members hold it as Altegio.Conflict, not success' {
            Remove-AltegioPosition -Id 2001 -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failed
            $failed.Count | Should -Be 1
            $failed[0].FullyQualifiedErrorId | Should -Be 'Altegio.Conflict,Altegio.PowerShell.Commands.RemoveAltegioPositionCommand'
            $failed[0].CategoryInfo.Category | Should -Be 'ResourceExists'
            $failed[0].TargetObject | Should -Be 2001
            $failed[0].Exception.Message | Should -Match 'team members still hold it'
            (Get-AltegioPosition -Id 2001).Title | Should -Be 'Instructor'
        }

        It 'reports a <Status> refusal as Altegio.Conflict' -ForEach @(@{ Status = '409' }, @{ Status = '422' }) {
            Invoke-MockControl -Mock $script:Mock -Method PUT -Path 'settings' -Body @{ positionDeleteInUse = $Status } | Out-Null
            Remove-AltegioPosition -Id 2002 -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failed
            $failed[0].FullyQualifiedErrorId | Should -Be 'Altegio.Conflict,Altegio.PowerShell.Commands.RemoveAltegioPositionCommand'
            $failed[0].Exception.StatusCode | Should -Be ([int]$Status)
            $failed[0].Exception.Message | Should -Match 'assigned to team members'
        }

        It 'goes on after a held position and removes the rest; -ErrorAction Stop makes the conflict catchable' {
            $spare = New-AltegioPosition -Title 'Spare'
            Remove-AltegioPosition -Id 2001, $spare.Id -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failed
            $failed.Count | Should -Be 1
            (Get-AltegioPosition).Id | Should -Not -Contain $spare.Id
            { Remove-AltegioPosition -Id 2002 -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'Altegio.Conflict,Altegio.PowerShell.Commands.RemoveAltegioPositionCommand'
        }

        It 'removes piped positions with -Confirm:$false' {
            New-AltegioPosition -Title 'Doomed 1' | Out-Null
            New-AltegioPosition -Title 'Doomed 2' | Out-Null
            Get-AltegioPosition -Title 'Doomed*' | Remove-AltegioPosition -Confirm:$false
            Get-AltegioPosition -Title 'Doomed*' | Should -BeNullOrEmpty
            @(Get-MockRequest -Mock $script:Mock -Method DELETE).Count | Should -Be 2
        }
    }
}
