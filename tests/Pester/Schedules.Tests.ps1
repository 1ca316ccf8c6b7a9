BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:Mock = Start-MockAltegio
    $script:SchedulePath = '/api/v1/company/1001/staff/schedule'
    $script:SeriesPath = '/api/v1/locations/1001/schedules'

    # Location 1001 is UTC+02:00 in the mock.
    function Get-LocationToday { [DateTime]::SpecifyKind([DateTime]::UtcNow.AddHours(2).Date, 'Unspecified') }
    function Get-NextMonday { $today = Get-LocationToday; $today.AddDays(7 - (([int]$today.DayOfWeek + 6) % 7)) }
    function Get-WhatIfText([scriptblock] $Command) {
        $transcript = Join-Path $TestDrive ([guid]::NewGuid().ToString() + '.txt')
        Start-Transcript -Path $transcript | Out-Null
        try { & $Command } finally { Stop-Transcript | Out-Null }
        (Get-Content $transcript -Raw) -replace '\s+', ' '
    }
}

AfterAll {
    Disconnect-Altegio
    Stop-MockAltegio $script:Mock
}

Describe 'Schedules' {
    BeforeEach {
        Reset-MockAltegio $script:Mock
        Connect-MockAltegio -Mock $script:Mock
    }

    Describe 'Get-AltegioSchedule' {
        It 'returns typed work days of this week at the location, seven per member' {
            $days = Get-AltegioSchedule -TeamMemberId 101
            $days.Count | Should -Be 7
            $days | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.WorkDay]) }
            $days[0].Date.DayOfWeek | Should -Be 'Monday'
            $days[0].Date | Should -Be ((Get-LocationToday).AddDays(-(([int](Get-LocationToday).DayOfWeek + 6) % 7)))
            $monday = $days[0]
            $monday.IsWorking | Should -BeTrue
            $monday.Slots[0] | Should -BeOfType ([Altegio.Models.TimeSlot])
            $monday.Slots[0].From | Should -Be ([TimeSpan]'09:00')
            "$($monday.Slots[1])" | Should -Be '14:00-18:00'
            $days[6].IsWorking | Should -BeFalse
        }

        It 'reads every piped team member in one request' {
            $days = Get-AltegioTeamMember -Id 101, 102 | Get-AltegioSchedule -From (Get-NextMonday) -To (Get-NextMonday).AddDays(1)
            $days.Count | Should -Be 4
            ($days.TeamMemberId | Select-Object -Unique) | Should -Be @(101, 102)
            $requests = @(Get-MockRequest -Mock $script:Mock -Path $script:SchedulePath -Method GET)
            $requests.Count | Should -Be 1
            $requests[0].query.'staff_ids[]' | Should -Be @('101', '102')
        }

        It 'adds the busy intervals with -IncludeBusy' {
            $tomorrow = (Get-LocationToday).AddDays(1)
            $day = Get-AltegioSchedule -TeamMemberId 101 -From $tomorrow -To $tomorrow -IncludeBusy
            $day.Busy.EntityId | Should -Contain 800001
            ($day.Busy | Where-Object EntityId -EQ 800001).Kind | Should -Be 'Event'
        }

        It 'refuses -To before -From without sending' {
            $monday = Get-NextMonday
            Get-AltegioSchedule -TeamMemberId 101 -From $monday -To $monday.AddDays(-1) -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'Altegio.InvalidParameter,*'
            Get-MockRequest -Mock $script:Mock -Path $script:SchedulePath | Should -BeNullOrEmpty
        }

        It 'shows a member''s week in a table' {
            $text = Get-AltegioSchedule -TeamMemberId 101 | Out-String -Width 200
            $text | Should -Match 'Team member: 101'
            $text | Should -Match 'Mon \d{4}-\d\d-\d\d\s+09:00-13:00, 14:00-18:00\s+8:00'
            $text | Should -Match 'Sun \d{4}-\d\d-\d\d\s+off'
        }
    }

    Describe 'Set-AltegioSchedule' {
        It 'sets days with -Slot and writes them with -PassThru, naming the member staff_id' {
            $monday = Get-NextMonday
            $days = Set-AltegioSchedule -TeamMemberId 106 -Date $monday, $monday.AddDays(1) -Slot '15:00-19:00', '10:00-14:00' -PassThru
            $days.Count | Should -Be 2
            ($days[0].Slots | ForEach-Object ToString) | Should -Be @('10:00-14:00', '15:00-19:00')
            $put = @(Get-MockRequest -Mock $script:Mock -Path $script:SchedulePath -Method PUT)
            $put.Count | Should -Be 1
            $body = $put[0].body | ConvertFrom-Json
            $body.schedules_to_set[0].staff_id | Should -Be 106
            $body.schedules_to_set[0].PSObject.Properties.Name | Should -Not -Contain 'team_member_id'
            $body.schedules_to_set[0].dates.Count | Should -Be 2
            (Get-AltegioSchedule -TeamMemberId 106 -From $monday -To $monday).IsWorking | Should -BeTrue
        }

        It 'loads a rota from Import-Csv rows in one request' {
            $monday = Get-NextMonday
            $csv = Join-Path $TestDrive 'rota.csv'
            @(
                'TeamMemberId,Date,Slots'
                "101,$($monday.ToString('yyyy-MM-dd')),08:00-12:00;13:00-17:00"
                "101,$($monday.AddDays(1).ToString('yyyy-MM-dd')),08:00-12:00;13:00-17:00"
                "102,$($monday.ToString('yyyy-MM-dd')),12:00-20:00"
            ) | Set-Content $csv
            Import-Csv $csv | Set-AltegioSchedule
            @(Get-MockRequest -Mock $script:Mock -Path $script:SchedulePath -Method PUT).Count | Should -Be 1
            $week = Get-AltegioSchedule -TeamMemberId 101, 102 -From $monday -To $monday.AddDays(1)
            "$(($week | Where-Object { $_.TeamMemberId -eq 101 -and $_.Date -eq $monday }).Slots)" | Should -Be '08:00-12:00 13:00-17:00'
            "$(($week | Where-Object { $_.TeamMemberId -eq 102 -and $_.Date -eq $monday }).Slots)" | Should -Be '12:00-20:00'
        }

        It 'refuses overlapping slots before sending, as Altegio.InvalidParameter' {
            Set-AltegioSchedule -TeamMemberId 101 -Date (Get-NextMonday) -Slot '10:00-14:00', '13:30-18:00' -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.SetAltegioScheduleCommand'
            $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $failures[0].Exception.Message | Should -Match 'overlap'
            Get-MockRequest -Mock $script:Mock -Path $script:SchedulePath -Method PUT | Should -BeNullOrEmpty
        }

        It 'refuses a slot that is not HH:mm or not within the day' -TestCases @(
            @{ Slot = '9-17' }, @{ Slot = '18:00-09:00' }, @{ Slot = '22:00-25:00' }
        ) {
            Set-AltegioSchedule -TeamMemberId 101 -Date (Get-NextMonday) -Slot $Slot -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'Altegio.InvalidParameter,*'
            Get-MockRequest -Mock $script:Mock -Path $script:SchedulePath -Method PUT | Should -BeNullOrEmpty
        }

        It 'lists each day with its hours and sends nothing with -WhatIf' {
            $monday = Get-NextMonday
            $text = Get-WhatIfText { Set-AltegioSchedule -TeamMemberId 101 -Date $monday -Slot '10:00-14:00' -WhatIf }
            $text | Should -Match ('What if: Performing the operation "Set working hours to 10:00-14:00" on target "Team member 101 on Mon ' + $monday.ToString('yyyy-MM-dd') + ' in location 1001"')
            Get-MockRequest -Mock $script:Mock -Path $script:SchedulePath -Method PUT | Should -BeNullOrEmpty
        }
    }

    Describe 'Clear-AltegioSchedule' {
        It 'says that booked appointments stay, and sends nothing with -WhatIf' {
            $text = Get-WhatIfText { Clear-AltegioSchedule -TeamMemberId 101 -Date (Get-NextMonday) -WhatIf }
            $text | Should -Match 'Make it a day off \(appointments already booked that day stay\)'
            Get-MockRequest -Mock $script:Mock -Path $script:SchedulePath -Method PUT | Should -BeNullOrEmpty
        }

        It 'makes the days non-working in one request and leaves the booked event in place' {
            $tomorrow = (Get-LocationToday).AddDays(1)
            $days = Clear-AltegioSchedule -TeamMemberId 101, 102 -Date $tomorrow -PassThru
            $days.Count | Should -Be 2
            $days | ForEach-Object { $_.IsWorking | Should -BeFalse }
            $body = @(Get-MockRequest -Mock $script:Mock -Path $script:SchedulePath -Method PUT)[0].body | ConvertFrom-Json
            $body.schedules_to_delete.staff_id | Should -Be @(101, 102)
            (Get-AltegioEvent -Id 800001).IsDeleted | Should -BeFalse
        }
    }

    Describe 'Event series' {
        It 'New-AltegioEventSeries repeats the template until the date and re-reads what was generated' {
            Invoke-MockControl -Mock $script:Mock -Method PUT -Path 'settings' -Body @{ seriesGenerationLags = $true } | Out-Null
            $template = Get-AltegioEvent -Id 800001
            $second = [DayOfWeek](([int]$template.Start.DayOfWeek + 2) % 7)
            $series = $template | New-AltegioEventSeries -Until $template.Start.Date.AddDays(20) -DayOfWeek $template.Start.DayOfWeek, $second -Time 09:00, 18:30 -WarningVariable warnings
            $series | Should -BeOfType ([Altegio.Models.EventSeries])
            $series.TemplateEventId | Should -Be 800001
            $series.DaysOfWeek.Count | Should -Be 2
            ($series.Days | Where-Object DayOfWeek -EQ $second).Time | Should -Be ([TimeSpan]'18:30')
            $series.PendingCount | Should -Be 0
            $warnings | Should -BeNullOrEmpty
            $series.Occurrences | ForEach-Object { $_.EventId | Should -Not -BeNullOrEmpty }
            (Get-AltegioEvent -Id $series.Occurrences[-1].EventId).SeriesId | Should -Be $series.Id
        }

        It 'New-AltegioEventSeries refuses per-weekday values that do not match the weekdays, before sending' {
            New-AltegioEventSeries -EventId 800001 -Until (Get-LocationToday).AddDays(30) -DayOfWeek Monday, Tuesday -Capacity 5, 6, 7 -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures[0].FullyQualifiedErrorId | Should -Be 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.NewAltegioEventSeriesCommand'
            Get-MockRequest -Mock $script:Mock | Should -BeNullOrEmpty
        }

        It 'Get-AltegioEventSeries finds the series of an event, gets it by -Id with its occurrences, and reports a free event as not found' {
            $series = New-AltegioEventSeries -EventId 800001 -Until (Get-LocationToday).AddDays(15)
            $eventId = $series.Occurrences[-1].EventId
            (Get-AltegioEventSeries -EventId $eventId).Id | Should -Be $series.Id
            ($eventId | Get-AltegioEventSeries).Id | Should -Be $series.Id
            $read = Get-AltegioEventSeries -Id $series.Id -IncludeEvents
            $read.Occurrences.Status | Select-Object -Unique | Should -Be 'Stable'
            Get-AltegioEventSeries -EventId 800002 -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures[0].FullyQualifiedErrorId | Should -Be 'Altegio.NotFound,Altegio.PowerShell.Commands.GetAltegioEventSeriesCommand'
            $failures[0].Exception.Message | Should -Match 'belongs to no series'
            (Get-AltegioEventSeries -Id $series.Id | Out-String -Width 200) | Should -Match "$($series.Id)\s+800001"
        }

        It 'events show SeriesId and whether they were changed away from the series' {
            $series = New-AltegioEventSeries -EventId 800001 -Until (Get-LocationToday).AddDays(15)
            $eventId = $series.Occurrences[-1].EventId
            (Get-AltegioEvent -Id $eventId).IsChangedFromSeries | Should -BeFalse
            Set-AltegioEvent -Id $eventId -Capacity 3
            (Get-AltegioEvent -Id $eventId).IsChangedFromSeries | Should -BeTrue
            (Get-AltegioEvent -Id 800002).SeriesId | Should -BeNullOrEmpty
        }

        It 'Set-AltegioEventSeries moves the last day and takes series from the pipeline' {
            $series = New-AltegioEventSeries -EventId 800001 -Until (Get-LocationToday).AddDays(15)
            $until = (Get-LocationToday).AddDays(29)
            $changed = $series | Set-AltegioEventSeries -Until $until -PassThru
            $changed.Until | Should -Be $until
            (Get-AltegioEventSeries -Id $series.Id -IncludeEvents).Occurrences.Count | Should -Be 5
            $body = @(Get-MockRequest -Mock $script:Mock -Path "$script:SeriesPath/$($series.Id)" -Method PATCH)[0].body | ConvertFrom-Json
            $body.date_end | Should -Be $until.ToString('yyyy-MM-dd')
        }

        It 'Remove-AltegioEventSeries is high impact and says the events and bookings go with it' {
            (Get-Command Remove-AltegioEventSeries).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
            $series = New-AltegioEventSeries -EventId 800001 -Until (Get-LocationToday).AddDays(15)
            $text = Get-WhatIfText { Remove-AltegioEventSeries -Id $series.Id -WhatIf }
            $text | Should -Match "What if: Deleting event series $($series.Id) in location 1001: every event of the series is deleted and every booking in them cancelled"
            Get-MockRequest -Mock $script:Mock -Method DELETE | Should -BeNullOrEmpty
        }

        It 'Remove-AltegioEventSeries deletes the series with its events and their bookings' {
            $series = New-AltegioEventSeries -EventId 800001 -Until (Get-LocationToday).AddDays(15) -WithBookings
            $ids = $series.Occurrences.EventId
            Get-AltegioEventSeries -EventId 800001 | Remove-AltegioEventSeries -Confirm:$false
            foreach ($id in $ids) { (Get-AltegioEvent -Id $id).IsDeleted | Should -BeTrue }
            Get-AltegioEventBooking -EventId $ids[-1] | Should -BeNullOrEmpty
            Get-AltegioEventSeries -Id $series.Id -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'Altegio.NotFound,*'
        }

        It 'a piped event binds its SeriesId, never its own Id' {
            { Get-AltegioEvent -Id 800002 | Remove-AltegioEventSeries -Confirm:$false -ErrorAction Stop } | Should -Throw
            Get-MockRequest -Mock $script:Mock -Method DELETE | Should -BeNullOrEmpty
            $series = New-AltegioEventSeries -EventId 800001 -Until (Get-LocationToday).AddDays(15)
            $last = Get-AltegioEvent -Id $series.Occurrences[-1].EventId
            ($last | Get-AltegioEventSeries).Id | Should -Be $series.Id
            $last | Remove-AltegioEventSeries -Confirm:$false
            @(Get-MockRequest -Mock $script:Mock -Method DELETE)[0].path | Should -Be "$script:SeriesPath/$($series.Id)"
        }
    }
}
