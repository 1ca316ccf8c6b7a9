Describe 'Events, complete' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        Import-Module (Get-TestModulePath) -Force
        $script:Mock = Start-MockAltegio
        $script:EventsPath = '/api/v2/locations/1001/events'

        # Location 1001 is UTC+02:00 (fixed); "today" as the location sees it.
        function Get-LocationToday { [DateTime]::SpecifyKind([DateTime]::UtcNow.AddHours(2).Date, 'Unspecified') }
        function Set-MockSetting([hashtable] $Settings) { Invoke-MockControl -Mock $script:Mock -Method PUT -Path 'settings' -Body $Settings | Out-Null }

        # What -WhatIf wrote to the host, one line.
        function Get-WhatIfText([scriptblock] $Command) {
            $transcript = Join-Path $TestDrive 'whatif.txt'
            Start-Transcript -Path $transcript | Out-Null
            try { & $Command } finally { Stop-Transcript | Out-Null }
            (Get-Content $transcript -Raw) -replace '\s+', ' '
        }
    }

    AfterAll {
        Disconnect-Altegio
        Stop-MockAltegio $script:Mock
    }

    BeforeEach {
        Reset-MockAltegio $script:Mock
        Connect-MockAltegio -Mock $script:Mock
    }

    Describe 'New-AltegioEventBooking in bulk' {
        It 'books 120 piped CSV rows into one event with ceil(n/50) requests, as typed bookings' {
            Invoke-MockControl -Mock $script:Mock -Method POST -Path 'seed/events' -Body @{
                companyId = 1001; count = 1; start = (Get-LocationToday).AddDays(20).AddHours(7).ToString('yyyy-MM-ddTHH:mm:ss'); intervalMinutes = 30
                staffId = 103; serviceId = 303; capacity = 500; lengthSeconds = 3600
            } | Out-Null
            $eventId = (Get-AltegioEvent -From (Get-LocationToday).AddDays(20) -To (Get-LocationToday).AddDays(21) -TeamMemberId 103).Id
            $rows = 1..120 | ForEach-Object { [pscustomobject]@{ ClientName = "Client $_"; Phone = '+3579900{0:D4}' -f (1000 + $_); Email = "c$_@example.test" } }
            $csv = $rows | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv

            $bookings = $csv | New-AltegioEventBooking -EventId $eventId

            $bookings.Count | Should -Be 120
            $bookings | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.EventBooking]) }
            $bookings[0].ClientName | Should -Be 'Client 1'
            $bookings[119].EventId | Should -Be $eventId
            $bulk = @(Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/$eventId/appointments/bulk" -Method POST)
            $bulk.Count | Should -Be 3
            @(Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/$eventId/appointments" -Method POST).Count | Should -Be 0
        }

        It 'writes each refused row as a non-terminating error with the input row as TargetObject and the API reason' {
            $rows = @(
                [pscustomobject]@{ EventId = 800001; ClientId = 9003 }
                [pscustomobject]@{ EventId = 800001; ClientId = 9001 }
                [pscustomobject]@{ EventId = 800001; ClientId = 99999 }
            )

            $booked = $rows | New-AltegioEventBooking -ErrorVariable refused -ErrorAction SilentlyContinue

            $booked.ClientId | Should -Be @(9003)
            $refused.Count | Should -Be 2
            [object]::ReferenceEquals($refused[0].TargetObject, $rows[1]) | Should -BeTrue
            [object]::ReferenceEquals($refused[1].TargetObject, $rows[2]) | Should -BeTrue
            $refused[0].FullyQualifiedErrorId | Should -BeLike 'Altegio.Refused*'
            $refused[0].Exception.Message | Should -Match 'already booked'
            $refused[1].Exception.Message | Should -Match '99999'
            @(Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800001/appointments/bulk" -Method POST).Count | Should -Be 1
        }

        It 'lists every row under -WhatIf and sends nothing' {
            $rows = 1..3 | ForEach-Object { [pscustomobject]@{ ClientName = "Guest $_"; Phone = "+35799001234$_" } }

            $out = Get-WhatIfText { $rows | New-AltegioEventBooking -EventId 800006 -WhatIf }

            $out | Should -Match 'Guest 1'
            $out | Should -Match 'Guest 3'
            @(Get-MockRequest -Mock $script:Mock -Method POST).Count | Should -Be 0
        }

        It 'still books a single client with the single booking request' {
            $booking = New-AltegioEventBooking -EventId 800006 -ClientId 9003 -Seats 2 -Comment 'Friends'

            $booking.Seats | Should -Be 2
            @(Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800006/appointments" -Method POST).Count | Should -Be 1
            @(Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800006/appointments/bulk").Count | Should -Be 0
        }
    }

    Describe 'Set-AltegioEventBooking' {
        It 'changes the discount and keeps tags and product lines, with the cost worked out again' {
            $changed = Set-AltegioEventBooking -EventId 800001 -BookingId 60001 -DiscountPercent 10 -PassThru

            $changed | Should -BeOfType ([Altegio.Models.EventBooking])
            $changed.Cost | Should -Be 36
            $changed.TagIds | Should -Be @(3003)
            $put = Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800001/appointments/60001" -Method PUT
            $body = $put.body | ConvertFrom-Json
            $body.label_ids | Should -Be @(3003)
            $body.attendance_good_items.Count | Should -Be 1
            $body.attendance_service_item.manual_cost | Should -Be 36
        }

        It 'binds from Get-AltegioEventBooking and writes nothing without -PassThru' {
            $out = Get-AltegioEventBooking -EventId 800001 | Set-AltegioEventBooking -Color '#FF9800'

            $out | Should -BeNullOrEmpty
            @(Get-MockRequest -Mock $script:Mock -Method PUT).Count | Should -Be 2
            (Get-MockRequest -Mock $script:Mock -Method PUT)[0].body | Should -Match '"color":"ff9800"'
        }

        It 'refuses a discount over 100 before any request' {
            { Set-AltegioEventBooking -EventId 800001 -BookingId 60001 -DiscountPercent 120 -ErrorAction Stop } |
                Should -Throw -ErrorId 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.SetAltegioEventBookingCommand'
            @(Get-MockRequest -Mock $script:Mock -Method GET -Path '/api/v2/locations/1001/appointments').Count | Should -Be 0
        }
    }

    Describe 'Remove-AltegioEventBooking' {
        It 'has ConfirmImpact High' {
            (Get-Command Remove-AltegioEventBooking).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact |
                Should -Be 'High'
        }

        It 'cancels piped bookings and the event has fewer booked seats' {
            Get-AltegioEventBooking -EventId 800001 | Where-Object ClientId -eq 9002 | Remove-AltegioEventBooking -Confirm:$false -WarningVariable warned

            $warned | Should -BeNullOrEmpty
            (Get-AltegioEvent -Id 800001).BookedSeats | Should -Be 2
            (Get-MockRequest -Mock $script:Mock -Path '/api/v2/locations/1001/appointments/60002' -Method DELETE).status | Should -Be 204
        }

        It 'warns when the booked seats did not drop' {
            Set-MockSetting @{ cancelFreesSeat = $false }

            Remove-AltegioEventBooking -EventId 800001 -BookingId 60002 -Confirm:$false -WarningVariable warned 3>$null

            $warned.Count | Should -Be 1
            "$($warned[0])" | Should -Match 'still has 3 booked seat'
        }

        It 'sends nothing under -WhatIf' {
            Remove-AltegioEventBooking -EventId 800001 -BookingId 60002 -WhatIf
            @(Get-MockRequest -Mock $script:Mock -Method DELETE).Count | Should -Be 0
        }
    }

    Describe 'Copy-AltegioEvent' {
        It 'copies to every chosen weekday until a date in one request, as filled typed events' {
            $source = Get-AltegioEvent -Id 800001
            $until = $source.Start.DateTime.Date.AddDays(27)

            $copies = Copy-AltegioEvent -Id 800001 -Until $until -DayOfWeek $source.Start.DayOfWeek -WithBookings

            $copies.Count | Should -Be 3
            $copies | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.Event]) }
            $copies[0].Start.DateTime | Should -Be $source.Start.DateTime.AddDays(7)
            $copies[0].Start.Offset | Should -Be ([TimeSpan]::FromHours(2))
            $copies[0].TagIds | Should -Be @(3004, 3005)
            $copies[0].TeamMemberName | Should -Be 'Maria Lopez'
            $copies[0].BookedSeats | Should -Be 3
            $post = @(Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800001/duplicate" -Method POST)
            $post.Count | Should -Be 1
            ($post[0].body | ConvertFrom-Json).content_type | Should -Be 2
        }

        It 'names the clashing start in an Altegio.Conflict' {
            $clash = (Get-AltegioEvent -Id 800004).Start.DateTime

            { Copy-AltegioEvent -Id 800001 -Start $clash -ErrorAction Stop } | Should -Throw -ErrorId 'Altegio.Conflict,Altegio.PowerShell.Commands.CopyAltegioEventCommand'
            $err = $null
            Copy-AltegioEvent -Id 800001 -Start $clash -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].Exception.Message | Should -Match ([regex]::Escape($clash.ToString('yyyy-MM-dd HH:mm')))
        }

        It 'checks every date before sending and names the bad ones' {
            $past = (Get-LocationToday).AddDays(-3).AddHours(9)

            { Copy-AltegioEvent -Id 800001 -Start (Get-LocationToday).AddDays(30).AddHours(9), $past -ErrorAction Stop } |
                Should -Throw -ErrorId 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.CopyAltegioEventCommand'
            @(Get-MockRequest -Mock $script:Mock -Method POST).Count | Should -Be 0
        }

        It 'lists the dates under -WhatIf and copies nothing' {
            $out = Get-WhatIfText { Copy-AltegioEvent -Id 800001 -Start '2099-01-05 09:00' -WhatIf }
            $out | Should -Match '2099-01-05 09:00'
            @(Get-MockRequest -Mock $script:Mock -Method POST).Count | Should -Be 0
        }
    }

    Describe 'Get-AltegioEventDate' {
        It 'returns the days with events in date order, with the list filters' {
            $today = Get-LocationToday
            $days = Get-AltegioEventDate -TeamMemberId 102

            $days | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.EventDay]) }
            $days.Date | Should -Be @($today.AddDays(1), $today.AddDays(2))
            $request = Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/dates" -Method GET
            $request.query.'filter[master_ids][]' | Should -Be @('102')
        }

        It 'returns the first and last day with -Range' {
            $today = Get-LocationToday
            $range = Get-AltegioEventDate -From $today.AddDays(1) -To $today.AddDays(20) -Range
            $range | Should -BeOfType ([Altegio.Models.EventDateRange])
            $range.First | Should -Be $today.AddDays(1)
            $range.Last | Should -Be $today.AddDays(3)
        }
    }

    Describe 'Duplication strategies' {
        It 'creates, changes with the whole strategy, lists and removes' {
            $new = New-AltegioEventDuplicationStrategy -Title 'Tue/Thu' -RepeatMode Weekly -DayOfWeek Tuesday, Thursday -WithBookings
            $new | Should -BeOfType ([Altegio.Models.EventDuplicationStrategy])
            $new.DaysOfWeek | Should -Be @([DayOfWeek]::Tuesday, [DayOfWeek]::Thursday)

            $changed = $new | Set-AltegioEventDuplicationStrategy -Interval 2 -PassThru
            $changed.Interval | Should -Be 2
            (Get-MockRequest -Mock $script:Mock -Method PUT)[0].body | Should -Be '{"title":"Tue/Thu","repeat_mode_id":5,"days":[2,4],"interval":2,"content_type":2}'

            (Get-AltegioEventDuplicationStrategy).Title | Should -Be @('Mondays and Thursdays', 'Tue/Thu')
            $new | Remove-AltegioEventDuplicationStrategy -Confirm:$false
            (Get-AltegioEventDuplicationStrategy).Id | Should -Be @(501)
        }

        It 'refuses a weekly strategy without days before sending' {
            { New-AltegioEventDuplicationStrategy -Title 'Weekly' -RepeatMode Weekly -ErrorAction Stop } |
                Should -Throw -ErrorId 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.NewAltegioEventDuplicationStrategyCommand'
            @(Get-MockRequest -Mock $script:Mock -Method POST).Count | Should -Be 0
        }

        It 'turns -WithBookings off with -WithBookings:$false' {
            Set-AltegioEventDuplicationStrategy -Id 501 -WithBookings:$false
            ((Get-MockRequest -Mock $script:Mock -Method PUT)[0].body | ConvertFrom-Json).content_type | Should -Be 1
        }
    }

    Describe 'Completion from the API filter values' {
        It 'completes -TeamMemberId, -ServiceId and -ResourceId of Get-AltegioEvent from GET events/filters, cached' {
            $line = 'Get-AltegioEvent -ServiceId '
            $services = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
            $line = 'Get-AltegioEvent -TeamMemberId Mar'
            $members = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
            $line = 'Get-AltegioEvent -ResourceId '
            $resources = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches
            $line = 'Get-AltegioEvent -ServiceId 30'
            $again = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

            # Ordered by title, as the other completers are.
            $services.CompletionText | Should -Be @('302', '301')
            $services.ToolTip | Should -Be @('Pilates', 'Yoga')
            $members.CompletionText | Should -Be @('101')
            $resources.CompletionText | Should -Be @('70')
            $again.CompletionText | Should -Be @('302', '301')
            @(Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/filters" -Method GET).Count | Should -Be 3
        }
    }
}
