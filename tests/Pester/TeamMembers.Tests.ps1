Describe 'Team members' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        Import-Module (Get-TestModulePath) -Force
        $script:Mock = Start-MockAltegio
        $script:ListPath = '/api/v2/locations/1001/team_members'
        $script:QuickPath = '/api/v1/company/1001/staff/quick'
        function script:Get-ListQuery { (Get-MockRequest -Mock $script:Mock -Path $script:ListPath).queryString }
    }

    AfterAll {
        Disconnect-Altegio
        Stop-MockAltegio $script:Mock
    }

    BeforeEach {
        Reset-MockAltegio $script:Mock
        Connect-MockAltegio -Mock $script:Mock
    }

    Describe 'Get-AltegioTeamMember' {
        It 'lists the current team members with no arguments' {
            $members = Get-AltegioTeamMember
            $members.Id | Should -Be @(101, 102, 103, 106)
            $members | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.TeamMember]); $_.CompanyId | Should -Be 1001; $_.IsDismissed | Should -BeFalse }
            Get-ListQuery | Should -Be '?filter[fired]=0'
            (Get-Command Get-AltegioTeamMember).OutputType.Type | Should -Contain ([Altegio.Models.TeamMember])
        }

        It 'lists by -Status: Dismissed, All' {
            $dismissed = Get-AltegioTeamMember -Status Dismissed
            $dismissed.Id | Should -Be 104
            $dismissed.IsDismissed | Should -BeTrue
            $all = Get-AltegioTeamMember -Status All
            $all.Id | Sort-Object | Should -Be @(101, 102, 103, 104, 106)
            ($all | Where-Object IsDismissed).Id | Should -Be 104
        }

        It 'lists deleted members too with -IncludeDeleted' {
            $members = Get-AltegioTeamMember -Status All -IncludeDeleted
            ($members | Where-Object IsDeleted).Id | Should -Be 105
            Get-ListQuery | Should -Contain '?filter[fired]=1&filter[deleted]=1'
        }

        It 'filters by -Name (also positionally), -PositionId and -PositionTitle on the server' {
            (Get-AltegioTeamMember -Name 'smi').Id | Should -Be 102
            (Get-AltegioTeamMember 'Maria').Id | Should -Be 101
            (Get-AltegioTeamMember -PositionId 2002).Id | Should -Be 103
            (Get-AltegioTeamMember -PositionTitle 'instr').Id | Should -Be @(101, 102)
            Get-ListQuery | Should -Be @('?filter[name]=smi&filter[fired]=0', '?filter[name]=Maria&filter[fired]=0', '?filter[position_id]=2002&filter[fired]=0', '?filter[position_title]=instr&filter[fired]=0')
        }

        It 'turns a switch filter into 1, its :$false form into 0, and leaves it out when not given' {
            (Get-AltegioTeamMember -Paid:$false).Id | Should -Be 106
            (Get-AltegioTeamMember -AvailableAsAssistant).Id | Should -Be @(103, 106)
            (Get-AltegioTeamMember -UserLinked).Id | Should -Be 101
            (Get-AltegioTeamMember -HasSchedule).Id | Should -Be @(101, 102)
            Get-ListQuery | Should -Be @('?filter[fired]=0&filter[is_paid]=0', '?filter[fired]=0&filter[is_assistant]=1', '?filter[fired]=0&filter[user_linked]=1', '?filter[fired]=0&filter[has_schedule]=1')
        }

        It 'fills in the position title with -IncludePosition' {
            $members = Get-AltegioTeamMember -IncludePosition
            ($members | Where-Object Id -EQ 103).PositionTitle | Should -Be 'Administrator'
            ($members | Where-Object Id -EQ 106).PositionTitle | Should -BeNullOrEmpty
            Get-ListQuery | Should -Be '?filter[fired]=0&include[]=position'
        }

        It 'gets members by -Id through V1, with rating, visibility, weight and the dismissed flag' {
            $members = Get-AltegioTeamMember -Id 101, 103, 104
            $members.Id | Should -Be @(101, 103, 104)
            $members[0].Rating | Should -Be 4.8
            $members[0].Weight | Should -Be 10
            $members[0].PositionTitle | Should -Be 'Instructor'
            $members[1].IsHiddenFromOnlineBooking | Should -BeTrue
            $members[2].IsDismissed | Should -BeTrue
            (Get-MockRequest -Mock $script:Mock -Method GET).path | Should -Be @('/api/v1/staff/1001/101', '/api/v1/staff/1001/103', '/api/v1/staff/1001/104')
        }

        It 'gets by id positionally, from numbers, from piped members and from CSV rows' {
            (Get-AltegioTeamMember 106).PositionId | Should -BeNullOrEmpty
            (102, 103 | Get-AltegioTeamMember).Id | Should -Be @(102, 103)
            $full = Get-AltegioTeamMember -Name Maria | Get-AltegioTeamMember
            $full.Id | Should -Be 101
            $full.Rating | Should -Be 4.8
            ([pscustomobject]@{ StaffId = 111; LocationId = 1002 } | Get-AltegioTeamMember).Name | Should -Be 'Dr. Nina Clark'
            ([pscustomobject]@{ Id = 102; CompanyId = 1001 } | Get-AltegioTeamMember).Name | Should -Be 'John Smith'
            ([pscustomobject]@{ PositionId = 2002 } | Get-AltegioTeamMember).Id | Should -Be 103
        }

        It 'reports an unknown id as a non-terminating Altegio.NotFound and goes on' {
            $result = Get-AltegioTeamMember -Id 99999, 101 -ErrorAction SilentlyContinue -ErrorVariable failures
            $result.Id | Should -Be 101
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'Altegio.NotFound,Altegio.PowerShell.Commands.GetAltegioTeamMemberCommand'
            $failures[0].TargetObject | Should -Be 99999
        }

        It 'shows a table view that fits 80 columns' {
            $text = Get-AltegioTeamMember -Status All -IncludePosition | Out-String -Width 80
            $text | Should -Match 'Id\s+Name\s+Specialization\s+Position\s+Status'
            $text | Should -Match '104 Peter Brown\s+Yoga instructor\s+Instructor\s+Dismissed'
            $text | Should -Match '103 Elena Kovacs\s+Administrator\s+Administrator\s+Active'
        }

        It 'stops the pipeline early without errors' {
            (Get-AltegioTeamMember | Select-Object -First 1).Count | Should -Be 1
        }
    }

    Describe 'New-AltegioTeamMember' {
        It 'creates a member with V1 quick create and writes it' {
            $member = New-AltegioTeamMember -Name 'Nina Park' -Specialization 'Yoga instructor' -PositionId 2001
            $member | Should -BeOfType ([Altegio.Models.TeamMember])
            $member.PositionTitle | Should -Be 'Instructor'
            $member.IsDismissed | Should -BeFalse
            (Get-MockRequest -Mock $script:Mock -Path $script:QuickPath -Method POST).body |
                Should -Be '{"name":"Nina Park","specialization":"Yoga instructor","position_id":2001,"user_email":null,"user_phone":null,"is_user_invite":false}'
            (Get-AltegioTeamMember -Name 'Nina').Id | Should -Be $member.Id
        }

        It 'gives timetable access with -TimetableAccess, and from a CSV column' {
            $member = New-AltegioTeamMember 'Scheduled' 'Coach' -TimetableAccess
            $member.HasTimetableAccess | Should -BeTrue
            (Get-AltegioTeamMember -Id $member.Id).HasTimetableAccess | Should -BeTrue
            [pscustomobject]@{ Name = 'Csv Coach'; Specialization = 'Coach'; TimetableAccess = 'no' } | New-AltegioTeamMember | Out-Null
            $bodies = (Get-MockRequest -Mock $script:Mock -Path $script:QuickPath -Method POST).body
            $bodies[0] | Should -BeLike '*"is_user_invite":false,"has_timetable_access":true}'
            $bodies[1] | Should -BeLike '*"is_user_invite":false,"has_timetable_access":false}'
            $bodies | Should -Not -Match 'phone_number'
        }

        It 'links a user by -Email or -Phone, sends -Paid only when given and is_user_invite always' {
            $byMail = New-AltegioTeamMember 'Linked' 'Manager' -Email 'limited@altegio.test' -Invite -Paid
            New-AltegioTeamMember 'By phone' 'Manager' -Phone '+35799999502' -Invite:$false | Out-Null
            $bodies = (Get-MockRequest -Mock $script:Mock -Path $script:QuickPath -Method POST).body
            $bodies[0] | Should -BeLike '*"user_email":"limited@altegio.test","user_phone":null,"is_user_invite":true,"is_paid_staff":true}'
            $bodies[1] | Should -BeLike '*"user_phone":"+35799999502","is_user_invite":false}'
            $byMail.IsPaid | Should -BeTrue
            (Get-AltegioTeamMember -Id $byMail.Id).UserId | Should -Be 502
        }

        It 'checks everything before sending anything' {
            New-AltegioTeamMember -Name ' ' -Specialization 'Yoga' -ErrorAction SilentlyContinue -ErrorVariable bad
            New-AltegioTeamMember -Name 'Ann' -Specialization 'Yoga' -Email 'not-mail' -ErrorAction SilentlyContinue -ErrorVariable +bad
            New-AltegioTeamMember -Name 'Ann' -Specialization 'Yoga' -Phone '12' -ErrorAction SilentlyContinue -ErrorVariable +bad
            New-AltegioTeamMember -Name 'Ann' -Specialization 'Yoga' -Invite -ErrorAction SilentlyContinue -ErrorVariable +bad
            $bad.Count | Should -Be 4
            $bad | ForEach-Object { $_.FullyQualifiedErrorId | Should -Be 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.NewAltegioTeamMemberCommand' }
            $bad[3].Exception.Message | Should -Match '-Invite needs -Email or -Phone'
            Get-MockRequest -Mock $script:Mock -Path $script:QuickPath | Should -BeNullOrEmpty
        }

        It 'reports the API''s refusal with its message' {
            New-AltegioTeamMember -Name 'Ann' -Specialization 'Yoga' -PositionId 2011 -ErrorAction SilentlyContinue -ErrorVariable refused
            $refused[0].FullyQualifiedErrorId | Should -Be 'Altegio.ValidationFailed,Altegio.PowerShell.Commands.NewAltegioTeamMemberCommand'
            $refused[0].Exception.Message | Should -Match 'position_id is invalid'
        }

        It 'takes rows from Import-Csv with columns named like the parameters; a failing row targets that row and the rest go on' {
            $csv = Join-Path $TestDrive 'staff.csv'
            @(
                [pscustomobject]@{ Name = 'Csv One'; Specialization = 'Yoga'; PositionId = '2001'; Email = ''; Phone = ''; Invite = ''; Paid = 'yes' }
                [pscustomobject]@{ Name = 'Csv Bad'; Specialization = 'Yoga'; PositionId = ''; Email = 'nope'; Phone = ''; Invite = ''; Paid = '' }
                [pscustomobject]@{ Name = 'Csv Three'; Specialization = 'Pilates'; PositionId = ''; Email = 'limited@altegio.test'; Phone = ''; Invite = 'TRUE'; Paid = '0' }
            ) | Export-Csv -Path $csv -NoTypeInformation
            $created = Import-Csv $csv | New-AltegioTeamMember -ErrorAction SilentlyContinue -ErrorVariable rowErrors
            $created.Name | Should -Be @('Csv One', 'Csv Three')
            $created[0].PositionId | Should -Be 2001
            $created[0].IsPaid | Should -BeTrue
            $created[1].PositionId | Should -BeNullOrEmpty
            $created[1].IsPaid | Should -BeFalse
            $rowErrors.Count | Should -Be 1
            $rowErrors[0].FullyQualifiedErrorId | Should -Be 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.NewAltegioTeamMemberCommand'
            $rowErrors[0].TargetObject.Name | Should -Be 'Csv Bad'
            $rowErrors[0].TargetObject.Email | Should -Be 'nope'
            $bodies = (Get-MockRequest -Mock $script:Mock -Path $script:QuickPath -Method POST).body
            $bodies[1] | Should -Be '{"name":"Csv Three","specialization":"Pilates","position_id":null,"user_email":"limited@altegio.test","user_phone":null,"is_user_invite":true,"is_paid_staff":false}'
        }

        It 'names a row whose yes/no column cannot be read, and goes on' {
            $rows = @(
                [pscustomobject]@{ Name = 'Flag Bad'; Specialization = 'Yoga'; Paid = 'maybe' }
                [pscustomobject]@{ Name = 'Flag Good'; Specialization = 'Yoga'; Paid = 'no' }
            )
            $created = $rows | New-AltegioTeamMember -ErrorAction SilentlyContinue -ErrorVariable rowErrors
            $created.Name | Should -Be 'Flag Good'
            $rowErrors.Count | Should -Be 1
            $rowErrors[0].TargetObject.Name | Should -Be 'Flag Bad'
            $rowErrors[0].Exception.Message | Should -Match "'maybe' is not a yes/no value"
        }

        It 'sends nothing with -WhatIf' {
            New-AltegioTeamMember -Name 'Never' -Specialization 'None' -WhatIf
            Get-MockRequest -Mock $script:Mock -Path $script:QuickPath | Should -BeNullOrEmpty
        }
    }

    Describe 'Set-AltegioTeamMember' {
        It 'sends only the given fields and writes the member only with -PassThru' {
            Set-AltegioTeamMember -Id 102 -Weight 7 | Should -BeNullOrEmpty
            $changed = Set-AltegioTeamMember -Id 102 -Information '<p>Hi</p>' -PassThru
            $changed | Should -BeOfType ([Altegio.Models.TeamMember])
            $changed.Weight | Should -Be 7
            $changed.Information | Should -Be '<p>Hi</p>'
            $puts = Get-MockRequest -Mock $script:Mock -Path '/api/v1/staff/1001/102' -Method PUT
            $puts.body | Should -Be @('{"weight":7}', '{"information":"<p>Hi</p>"}')
        }

        It 'dismisses with -Dismissed and hires again with -Dismissed:$false' {
            (Set-AltegioTeamMember -Id 102 -Dismissed -PassThru).IsDismissed | Should -BeTrue
            (Get-AltegioTeamMember -Status Dismissed).Id | Should -Contain 102
            (Set-AltegioTeamMember -Id 102 -Dismissed:$false -PassThru).IsDismissed | Should -BeFalse
            (Get-MockRequest -Mock $script:Mock -Method PUT).body | Should -Be @('{"fired":1}', '{"fired":0}')
        }

        It 'hides from and shows in online booking, and sends no switch that was not given' {
            Set-AltegioTeamMember -Id 101 -HiddenFromOnlineBooking
            (Get-AltegioTeamMember -Id 101).IsHiddenFromOnlineBooking | Should -BeTrue
            Set-AltegioTeamMember -Id 101 -HiddenFromOnlineBooking:$false -Paid:$false
            (Get-MockRequest -Mock $script:Mock -Method PUT).body | Should -Be @('{"hidden":1}', '{"hidden":0,"is_paid_staff":false}')
            $after = Get-AltegioTeamMember -Id 101
            $after.IsHiddenFromOnlineBooking | Should -BeFalse
            $after.IsPaid | Should -BeFalse
            $after.IsDismissed | Should -BeFalse
        }

        It 'dismisses piped members' {
            Get-AltegioTeamMember -Name 'John' | Set-AltegioTeamMember -Dismissed
            (Get-AltegioTeamMember -Id 102).IsDismissed | Should -BeTrue
            (Get-AltegioTeamMember -Id 102).Name | Should -Be 'John Smith'
        }

        It 'takes rows from Import-Csv; an empty cell is not a change' {
            $csv = Join-Path $TestDrive 'weights.csv'
            @(
                [pscustomobject]@{ Id = 101; Weight = '20'; Specialization = '' }
                [pscustomobject]@{ Id = 102; Weight = ''; Specialization = '' }
                [pscustomobject]@{ Id = 103; Weight = ''; Specialization = 'Reception' }
            ) | Export-Csv -Path $csv -NoTypeInformation
            Import-Csv $csv | Set-AltegioTeamMember -ErrorAction SilentlyContinue -ErrorVariable rowErrors
            (Get-MockRequest -Mock $script:Mock -Method PUT).body | Should -Be @('{"weight":20}', '{"specialization":"Reception"}')
            $rowErrors.Count | Should -Be 1
            $rowErrors[0].FullyQualifiedErrorId | Should -Be 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.SetAltegioTeamMemberCommand'
            $rowErrors[0].TargetObject | Should -Be 102
            (Get-AltegioTeamMember -Id 102).Weight | Should -Be 9
        }

        It 'reports an unknown id as Altegio.NotFound' {
            Set-AltegioTeamMember -Id 99999 -Weight 1 -ErrorAction SilentlyContinue -ErrorVariable missing
            $missing[0].FullyQualifiedErrorId | Should -Be 'Altegio.NotFound,Altegio.PowerShell.Commands.SetAltegioTeamMemberCommand'
            $missing[0].TargetObject | Should -Be 99999
        }

        It 'has no -PositionId, because the API cannot change a position' {
            (Get-Command Set-AltegioTeamMember).Parameters.Keys | Should -Not -Contain 'PositionId'
        }

        It 'says what it would do with -WhatIf and sends nothing' {
            $transcript = Join-Path $TestDrive 'whatif.txt'
            Start-Transcript -Path $transcript | Out-Null
            try {
                Set-AltegioTeamMember -Id 101 -Dismissed -WhatIf
                Set-AltegioTeamMember -Id 104 -Dismissed:$false -WhatIf
            }
            finally { Stop-Transcript | Out-Null }
            $text = Get-Content -Raw $transcript
            $text | Should -Match 'Performing the operation "Dismiss" on target "Team member 101 in location 1001"'
            $text | Should -Match 'Performing the operation "Hire again" on target "Team member 104 in location 1001"'
            Get-MockRequest -Mock $script:Mock -Method PUT | Should -BeNullOrEmpty
        }
    }

    Describe 'Remove-AltegioTeamMember' {
        It 'is high impact, so it would prompt by default' {
            (Get-Command Remove-AltegioTeamMember).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
        }

        It 'sends nothing with -WhatIf' {
            Get-AltegioTeamMember | Remove-AltegioTeamMember -WhatIf
            Get-MockRequest -Mock $script:Mock -Method DELETE | Should -BeNullOrEmpty
        }

        It 'removes the dismissed members: Get-AltegioTeamMember -Status Dismissed | Remove-AltegioTeamMember -Confirm:$false' {
            Set-AltegioTeamMember -Id 103 -Dismissed
            Get-AltegioTeamMember -Status Dismissed | Remove-AltegioTeamMember -Confirm:$false
            (Get-MockRequest -Mock $script:Mock -Method DELETE).path | Should -Be @('/api/v1/staff/1001/103', '/api/v1/staff/1001/104')
            Get-AltegioTeamMember -Status Dismissed | Should -BeNullOrEmpty
            (Get-AltegioTeamMember -Status All -IncludeDeleted | Where-Object IsDeleted).Id | Sort-Object | Should -Be @(103, 104, 105)
        }

        It 'removes by -Id and from numbers, and reports unknown ids per item' {
            Remove-AltegioTeamMember -Id 99999, 106 -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failed
            $failed.Count | Should -Be 1
            $failed[0].FullyQualifiedErrorId | Should -Be 'Altegio.NotFound,Altegio.PowerShell.Commands.RemoveAltegioTeamMemberCommand'
            $failed[0].TargetObject | Should -Be 99999
            102 | Remove-AltegioTeamMember -Confirm:$false
            (Get-AltegioTeamMember).Id | Should -Be @(101, 103)
        }

        It 'binds CSV rows with TeamMemberId and LocationId columns' {
            [pscustomobject]@{ TeamMemberId = 111; LocationId = 1002 } | Remove-AltegioTeamMember -Confirm:$false
            (Get-MockRequest -Mock $script:Mock -Method DELETE).path | Should -Be '/api/v1/staff/1002/111'
        }
    }
}
