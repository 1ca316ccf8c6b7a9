Describe 'Events' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
        Import-Module (Get-TestModulePath) -Force
        $script:Mock = Start-MockAltegio
        $script:EventsPath = '/api/v2/locations/1001/events'
        $script:AppointmentsPath = '/api/v2/locations/1001/appointments'

        # Location 1001 is UTC+02:00 (fixed); "today" as the location sees it.
        function Get-LocationToday { [DateTime]::SpecifyKind([DateTime]::UtcNow.AddHours(2).Date, 'Unspecified') }

        # Adds $Count events for team member 103 every 30 minutes, from day +10 at 06:00, and returns the window that holds them.
        function Add-SeededEvent {
            param([int] $Count)
            $start = (Get-LocationToday).AddDays(10).AddHours(6)
            Invoke-MockControl -Mock $script:Mock -Method POST -Path 'seed/events' -Body @{
                companyId = 1001; count = $Count; start = $start.ToString('yyyy-MM-ddTHH:mm:ss'); intervalMinutes = 30
                staffId = 103; serviceId = 303; capacity = 10; lengthSeconds = 1800
            } | Out-Null
            @{ From = $start; To = $start.AddDays(60) }
        }

        function Get-EventRequest { @(Get-MockRequest -Mock $script:Mock -Path $script:EventsPath -Method GET) }
    }

    AfterAll {
        Disconnect-Altegio
        Stop-MockAltegio $script:Mock
    }

    BeforeEach {
        Reset-MockAltegio $script:Mock
        Connect-MockAltegio -Mock $script:Mock
    }

    Describe 'Get-AltegioEvent' {
        It 'lists the coming week as typed events by default, from now at the location' {
            $events = Get-AltegioEvent
            $events.Id | Should -Be @(800001, 800002, 800004, 800005, 800006)
            $events | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.Event]) }
            (Get-Command Get-AltegioEvent).OutputType.Type | Should -Contain ([Altegio.Models.Event])
            $yoga = $events[0]
            $yoga.Start | Should -BeOfType ([DateTimeOffset])
            $yoga.Start.Offset | Should -Be ([TimeSpan]::FromHours(2))
            $yoga.Duration | Should -Be ([TimeSpan]::FromHours(1))
            $yoga.TagIds | Should -Be @(3004, 3005)
            $yoga.FreeSeats | Should -Be 7
            $request = Get-EventRequest | Select-Object -Last 1
            $from = [DateTime]::ParseExact($request.query.'filter[from]'[0], 'yyyy-MM-dd HH:mm:ss', [cultureinfo]::InvariantCulture)
            $to = [DateTime]::ParseExact($request.query.'filter[to]'[0], 'yyyy-MM-dd HH:mm:ss', [cultureinfo]::InvariantCulture)
            ($from - [DateTime]::UtcNow.AddHours(2)).TotalSeconds | Should -BeGreaterThan 0
            ($from - [DateTime]::UtcNow.AddHours(2)).TotalSeconds | Should -BeLessThan 70
            ($to - $from) | Should -Be ([TimeSpan]::FromDays(7))
        }

        It 'sends the filters and side-loads titles with -Include' {
            $today = Get-LocationToday
            $events = Get-AltegioEvent -From $today.AddDays(1) -To $today.AddDays(4) -TeamMemberId 101 -ServiceId 301 -ResourceId 70 -MinFreeSeats 1 -Include Staff, Service
            $events.Id | Should -Be @(800001, 800006)
            $events[0].TeamMemberName | Should -Be 'Maria Lopez'
            $events[0].ServiceTitle | Should -Be 'Yoga'
            $events[0].ResourceInstanceTitles | Should -Be @('Hall A')
            $query = (Get-EventRequest | Select-Object -Last 1).query
            $query.'filter[from]' | Should -Be $today.AddDays(1).ToString('yyyy-MM-dd HH:mm:ss')
            $query.'filter[master_ids][]' | Should -Be '101'
            $query.'filter[service_ids][]' | Should -Be '301'
            $query.'filter[resource_ids][]' | Should -Be '70'
            $query.'filter[capacity]' | Should -Be '1'
            $query.'include[]' | Should -Be @('labels', 'resource_instances', 'duration_details', 'staff', 'service')
        }

        It 'takes -From and -To as clock times at the location, whatever their Kind or offset' {
            $today = Get-LocationToday
            $from = [DateTimeOffset]::new($today.AddDays(1), [TimeSpan]::FromHours(-7))
            Get-AltegioEvent -From $from -To ($today.AddDays(2).ToString('yyyy-MM-ddTHH:mm:ss') + '+0500') | Out-Null
            $query = (Get-EventRequest | Select-Object -Last 1).query
            $query.'filter[from]' | Should -Be $today.AddDays(1).ToString('yyyy-MM-dd HH:mm:ss')
            $query.'filter[to]' | Should -Be $today.AddDays(2).ToString('yyyy-MM-dd HH:mm:ss')
        }

        It 'gets events by -Id, soft-deleted ones included, from numbers and from piped events' {
            $removed = Get-AltegioEvent -Id 800003
            $removed.IsDeleted | Should -BeTrue
            (800001, 800002 | Get-AltegioEvent).Id | Should -Be @(800001, 800002)
            (Get-AltegioEvent -Id 800004 | Get-AltegioEvent).Id | Should -Be 800004
            ([pscustomobject]@{ EventId = 800005 } | Get-AltegioEvent).Id | Should -Be 800005
        }

        It 'reports an unknown id as a non-terminating Altegio.NotFound and goes on' {
            $found = Get-AltegioEvent -Id 899999, 800001 -ErrorAction SilentlyContinue -ErrorVariable failures
            $found.Id | Should -Be 800001
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'Altegio.NotFound,Altegio.PowerShell.Commands.GetAltegioEventCommand'
            $failures[0].TargetObject | Should -Be 899999
        }

        It 'lists a past period, leaving deleted events out unless -IncludeDeleted' {
            $today = Get-LocationToday
            (Get-AltegioEvent -From $today.AddDays(-2) -To $today.AddDays(2)).Id | Should -Be @(800001, 800002)
            (Get-AltegioEvent -From $today.AddDays(-2) -To $today.AddDays(2) -IncludeDeleted).Id | Should -Be @(800001, 800002, 800003)
            (Get-EventRequest).query.'filter[include_deleted]' | Should -Be @('1', '1')
        }

        It 'filters by -DayOfWeek, sent as filter[weekdays][] from 1 (Monday) to 7' {
            $today = Get-LocationToday
            $day = $today.AddDays(3)
            (Get-AltegioEvent -From $today -To $today.AddDays(5) -DayOfWeek $day.DayOfWeek).Id | Should -Be 800006
            Get-AltegioEvent -From $today -To $today.AddDays(5) -DayOfWeek Sunday, Monday | Out-Null
            $requests = Get-EventRequest
            $requests[0].query.'filter[weekdays][]' | Should -Be ([string]$(if ($day.DayOfWeek -eq 'Sunday') { 7 } else { [int]$day.DayOfWeek }))
            $requests[1].query.'filter[weekdays][]' | Should -Be @('1', '7')
            { Get-AltegioEvent -DayOfWeek Someday } | Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,Altegio.PowerShell.Commands.GetAltegioEventCommand'
        }

        It 'refuses -To before -From before any request' {
            $today = Get-LocationToday
            Get-AltegioEvent -From $today.AddDays(3) -To $today.AddDays(2) -ErrorAction SilentlyContinue -ErrorVariable bad
            $bad[0].FullyQualifiedErrorId | Should -BeLike 'Altegio.InvalidParameter,*'
            Get-EventRequest | Should -BeNullOrEmpty
        }

        It 'reads like a timetable: one group per day, time, service, team member and seats' {
            $text = Get-AltegioEvent -Include Staff, Service | Out-String -Width 80
            $text | Should -Match 'Day: \w+day \d{4}-\d{2}-\d{2}'
            $text | Should -Match 'Time\s+Service\s+Team member\s+Seats'
            $text | Should -Match '09:00-10:00 Yoga\s+Maria Lopez\s+3/10'
            ($text -split "`n" | Where-Object { $_.TrimEnd().Length -gt 80 }) | Should -BeNullOrEmpty
        }

        It 'pages with -First, -Skip and -PageSize, asking only for the pages it needs' {
            $window = Add-SeededEvent -Count 100
            $events = Get-AltegioEvent @window -PageSize 10 -Skip 15 -First 12
            $events.Count | Should -Be 12
            $all = Get-AltegioEvent @window -PageSize 250
            $events.Id | Should -Be $all[15..26].Id
            # Deleted events are dropped after reading, so the skipped ones are read and counted from page 1.
            (Get-EventRequest | Select-Object -First 3).query.page | Should -Be @('1', '2', '3')
            (Get-EventRequest | Select-Object -First 3).query.limit | Should -Be @('10', '10', '10')
            # With -IncludeDeleted every event counts, so -Skip starts on the page that holds the 16th.
            Invoke-MockControl -Mock $script:Mock -Method DELETE -Path 'requests' | Out-Null
            (Get-AltegioEvent @window -PageSize 10 -Skip 15 -First 12 -IncludeDeleted).Id | Should -Be $all[15..26].Id
            (Get-EventRequest).query.page | Should -Be @('2', '3')
        }

        It 'Select-Object -First 3 stops after one page: no second page is requested' {
            $window = Add-SeededEvent -Count 100
            $first = Get-AltegioEvent @window -PageSize 10 | Select-Object -First 3
            $first.Count | Should -Be 3
            $requests = Get-EventRequest
            $requests.Count | Should -Be 1
            $requests[0].query.page | Should -Be '1'
        }

        It 'ends on the first short page and reads every page before it' {
            $window = Add-SeededEvent -Count 95
            (Get-AltegioEvent @window -PageSize 10).Count | Should -Be 95
            (Get-EventRequest).query.page | Should -Be @(1..10 | ForEach-Object { "$_" })
        }

        It 'writes the total with -IncludeTotalCount once the list has been read to its end' {
            $window = Add-SeededEvent -Count 30
            $out = Get-AltegioEvent @window -PageSize 10 -IncludeTotalCount
            $total = $out | Where-Object { $_ -isnot [Altegio.Models.Event] }
            ($out | Where-Object { $_ -is [Altegio.Models.Event] }).Count | Should -Be 30
            $total.ToString() | Should -Be 'Total count: 30'
            $total.Accuracy | Should -Be 1.0
            $partial = Get-AltegioEvent @window -PageSize 10 -First 5 -IncludeTotalCount | Where-Object { $_ -isnot [Altegio.Models.Event] }
            $partial.ToString() | Should -Be 'Unknown total count'
            $partial.Accuracy | Should -Be 0.0
        }

        It 'shows progress once per page past three pages, and completes it' {
            $window = Add-SeededEvent -Count 45
            $session = Get-AltegioSession
            $run = {
                param($ModulePath, $Session, $From, $To, $PageSize)
                Import-Module $ModulePath
                Get-AltegioEvent -Session $Session -From $From -To $To -PageSize $PageSize
            }
            $ps = [powershell]::Create()
            try {
                $events = $ps.AddScript($run).AddArgument((Get-TestModulePath)).AddArgument($session).AddArgument($window.From).AddArgument($window.To).AddArgument(10).Invoke()
                $events.Count | Should -Be 45
                $records = @($ps.Streams.Progress)
                # Pages 1-5 are read; progress is written before pages 4 and 5, then completed.
                @($records | Where-Object RecordType -EQ 'Processing').Count | Should -Be 2
                $records[-1].RecordType | Should -Be 'Completed'
                $records[0].StatusDescription | Should -Match 'page 4 \(30 events so far\)'
            }
            finally { $ps.Dispose() }

            $ps = [powershell]::Create()
            try {
                $events = $ps.AddScript($run).AddArgument((Get-TestModulePath)).AddArgument($session).AddArgument($window.From).AddArgument($window.To).AddArgument(20).Invoke()
                $events.Count | Should -Be 45
                $ps.Streams.Progress.Count | Should -Be 0
            }
            finally { $ps.Dispose() }
        }

        It 'streams: the first events reach the pipeline before the next page is requested' {
            $window = Add-SeededEvent -Count 30
            $seenBefore = @()
            Get-AltegioEvent @window -PageSize 10 | ForEach-Object {
                if ($seenBefore.Count -eq 0) { $seenBefore += @(Get-EventRequest).Count }
            }
            $seenBefore | Should -Be @(1)
        }
    }

    Describe 'New-AltegioEvent' {
        It 'creates an event and writes it' {
            $start = (Get-LocationToday).AddDays(5).AddHours(10)
            $event = New-AltegioEvent -TeamMemberId 103 -ServiceId 302 -Start $start -Duration 90 -Capacity 8 -TechnicalBreak 15 -TagId 3004 -ResourceInstanceId 702 -Color '#00AA55' -Comment 'Workshop' -Instructions 'Bring water' -StreamLink 'https://stream.example.test/w'
            $event | Should -BeOfType ([Altegio.Models.Event])
            $event.Start.DateTime | Should -Be $start
            $event.Duration | Should -Be ([TimeSpan]::FromMinutes(90))
            $event.TechnicalBreak | Should -Be ([TimeSpan]::FromMinutes(15))
            $event.TagIds | Should -Be 3004
            $post = Get-MockRequest -Mock $script:Mock -Path $script:EventsPath -Method POST
            $post.body | Should -Be ('{"staff_id":103,"service_id":302,"resource_instance_ids":[702],"label_ids":[3004],"date":"' + $start.ToString('yyyy-MM-dd HH:mm:ss') + '","length":5400,"capacity":8,"technical_break_duration":900,"comment":"Workshop","color":"#00aa55","instructions":"Bring water","stream_link":"https://stream.example.test/w"}')
        }

        It 'checks the duration, break, capacity and colour before any request' {
            $start = (Get-LocationToday).AddDays(5).AddHours(10)
            New-AltegioEvent -TeamMemberId 103 -ServiceId 302 -Start $start -Duration 62 -Capacity 8 -ErrorAction SilentlyContinue -ErrorVariable bad
            New-AltegioEvent -TeamMemberId 103 -ServiceId 302 -Start $start -Duration 120 -TechnicalBreak 65 -Capacity 8 -ErrorAction SilentlyContinue -ErrorVariable +bad
            New-AltegioEvent -TeamMemberId 103 -ServiceId 302 -Start $start -Duration 30 -TechnicalBreak 30 -Capacity 8 -ErrorAction SilentlyContinue -ErrorVariable +bad
            New-AltegioEvent -TeamMemberId 103 -ServiceId 302 -Start $start -Duration 60 -Capacity 0 -ErrorAction SilentlyContinue -ErrorVariable +bad
            New-AltegioEvent -TeamMemberId 103 -ServiceId 302 -Start $start -Duration 60 -Capacity 5 -Color 'red' -ErrorAction SilentlyContinue -ErrorVariable +bad
            $bad.Count | Should -Be 5
            $bad | ForEach-Object { $_.FullyQualifiedErrorId | Should -Be 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.NewAltegioEventCommand' }
            $bad[0].Exception.Message | Should -Match 'multiple of 5 minutes'
            $bad[1].Exception.Message | Should -Match '1 hour'
            $bad[2].Exception.Message | Should -Match 'shorter than the duration'
            $bad[3].Exception.Message | Should -Match 'at least 1'
            $bad[4].Exception.Message | Should -Match '#rrggbb'
            Get-MockRequest -Mock $script:Mock -Path $script:EventsPath -Method POST | Should -BeNullOrEmpty
        }

        It 'turns a busy team member into Altegio.Conflict that points to -Force, and -Force creates it' {
            $start = (Get-LocationToday).AddDays(1).AddHours(9).AddMinutes(30)
            New-AltegioEvent -TeamMemberId 101 -ServiceId 301 -Start $start -Duration 60 -Capacity 5 -ErrorAction SilentlyContinue -ErrorVariable busy
            $busy[0].FullyQualifiedErrorId | Should -Be 'Altegio.Conflict,Altegio.PowerShell.Commands.NewAltegioEventCommand'
            $busy[0].CategoryInfo.Category | Should -Be 'ResourceExists'
            $busy[0].Exception.Message | Should -Match 'busy'
            $busy[0].Exception.Message | Should -Match '-Force'
            $forced = New-AltegioEvent -TeamMemberId 101 -ServiceId 301 -Start $start -Duration 60 -Capacity 5 -Force
            $forced.TeamMemberId | Should -Be 101
            (Get-MockRequest -Mock $script:Mock -Path $script:EventsPath -Method POST | Select-Object -Last 1).body | Should -Match '"force":true'
        }

        It 'builds a timetable from CSV rows, and a bad row does not stop the others' {
            $monday = (Get-LocationToday).AddDays(14)
            $csv = Join-Path $TestDrive 'timetable.csv'
            @(
                [pscustomobject]@{ Start = $monday.AddHours(9).ToString('yyyy-MM-dd HH:mm'); Duration = '60'; TeamMemberId = 101; ServiceId = 301; Capacity = 12; TagId = '3004;3005'; ResourceInstanceId = '701'; Color = '' }
                [pscustomobject]@{ Start = $monday.AddHours(11).ToString('yyyy-MM-dd HH:mm'); Duration = '01:30'; TeamMemberId = 102; ServiceId = 302; Capacity = 8; TagId = ''; ResourceInstanceId = '702'; Color = '#ff9800' }
                [pscustomobject]@{ Start = $monday.AddHours(14).ToString('yyyy-MM-dd HH:mm'); Duration = '62'; TeamMemberId = 101; ServiceId = 303; Capacity = 6; TagId = ''; ResourceInstanceId = ''; Color = '' }
                [pscustomobject]@{ Start = $monday.AddDays(1).AddHours(18).ToString('yyyy-MM-dd HH:mm'); Duration = '45'; TeamMemberId = 103; ServiceId = 303; Capacity = 6; TagId = ''; ResourceInstanceId = ''; Color = '' }
            ) | Export-Csv -Path $csv -NoTypeInformation
            $created = Import-Csv $csv | New-AltegioEvent -ErrorAction SilentlyContinue -ErrorVariable rowErrors
            $created.Count | Should -Be 3
            $created[0].TagIds | Should -Be @(3004, 3005)
            $created[1].Duration | Should -Be ([TimeSpan]::FromMinutes(90))
            $created[1].Color | Should -Be '#ff9800'
            $created[2].Start.DateTime | Should -Be $monday.AddDays(1).AddHours(18)
            $rowErrors.Count | Should -Be 1
            $rowErrors[0].FullyQualifiedErrorId | Should -BeLike 'Altegio.InvalidParameter,*'
            $rowErrors[0].TargetObject | Should -Match ([regex]::Escape($monday.AddHours(14).ToString('yyyy-MM-dd HH:mm:ss')))
        }

        It 'copies piped events, taking their Start as a clock time at the location' {
            $source = Get-AltegioEvent -Id 800006
            $source.Start = $source.Start.AddDays(7)
            $copy = $source | New-AltegioEvent
            $copy.Start.DateTime | Should -Be $source.Start.DateTime
            $copy.TagIds | Should -Be $source.TagIds
            $copy.ResourceInstanceIds | Should -Be $source.ResourceInstanceIds
        }

        It 'sends nothing with -WhatIf' {
            New-AltegioEvent -TeamMemberId 103 -ServiceId 302 -Start (Get-LocationToday).AddDays(5) -Duration 60 -Capacity 8 -WhatIf
            Get-MockRequest -Mock $script:Mock -Path $script:EventsPath -Method POST | Should -BeNullOrEmpty
        }
    }

    Describe 'README: a week''s timetable from a CSV file' {
        It 'runs as written (for the coming week) and creates every class' {
            $readme = Get-Content (Join-Path $PSScriptRoot '../../README.md') -Raw
            $section = ($readme -split '## Group events: a week''s timetable from a CSV file')[1]
            $code = [regex]::Match($section, '(?s)```powershell\r?\n(.*?)```').Groups[1].Value
            $csvLines = [regex]::Match($code, '# week\.csv\r?\n((?:# [^\r\n]*\r?\n)+)').Groups[1].Value -split '\r?\n' | Where-Object { $_ } | ForEach-Object { $_.Substring(2) }
            $csvLines.Count | Should -Be 5
            Set-Content -Path (Join-Path $TestDrive 'week.csv') -Value $csvLines
            # The README's Monday is a fixed date; use the next Monday at least a week ahead so it is never in the past.
            $today = Get-LocationToday
            $monday = $today.AddDays(7 + ((8 - [int]$today.DayOfWeek) % 7))
            $script = $code -replace "\[datetime\]'\d{4}-\d{2}-\d{2}'", "[datetime]'$($monday.ToString('yyyy-MM-dd'))'"
            Push-Location $TestDrive
            try { $output = & ([scriptblock]::Create($script)) | Out-String -Width 80 }
            finally { Pop-Location }
            $created = Get-MockRequest -Mock $script:Mock -Path $script:EventsPath -Method POST
            @($created).Count | Should -Be 4
            $created | ForEach-Object { $_.status | Should -Be 201 }
            $output | Should -Match ('Day: Monday ' + $monday.ToString('yyyy-MM-dd'))
            $output | Should -Match '09:00-10:00 Yoga\s+Maria Lopez\s+0/12'
            $output | Should -Match '18:00-18:45 Stretching\s+Elena Kovacs'
        }
    }

    Describe 'Set-AltegioEvent' {
        It 'changes only what it is given and keeps every other field through the PUT' {
            Set-AltegioEvent -Id 800001 -Capacity 14
            $event = Get-AltegioEvent -Id 800001 -Include Staff
            $event.Capacity | Should -Be 14
            $event.TagIds | Should -Be @(3004, 3005)
            $event.ResourceInstanceIds | Should -Be 701
            $event.Instructions | Should -Be 'Bring a mat'
            $event.Comment | Should -Be 'Morning flow'
            $event.TeamMemberName | Should -Be 'Maria Lopez'
            $event.Duration | Should -Be ([TimeSpan]::FromHours(1))
            $put = Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800001" -Method PUT
            $put.body | Should -Match '"label_ids":\[3004,3005\]'
            $put.body | Should -Match '"instructions":"Bring a mat"'
        }

        It 'recolours piped events: Get-AltegioEvent | Set-AltegioEvent -Color' {
            Get-AltegioEvent | Set-AltegioEvent -Color '#ABCDEF'
            $events = Get-AltegioEvent
            $events | ForEach-Object { $_.Color | Should -Be '#abcdef' }
            ($events | Where-Object Id -EQ 800001).TagIds | Should -Be @(3004, 3005)
            ($events | Where-Object Id -EQ 800002).TechnicalBreak | Should -Be ([TimeSpan]::FromMinutes(15))
            ($events | Where-Object Id -EQ 800005).StreamLink | Should -Be 'https://stream.example.test/pilates'
            @(Get-MockRequest -Mock $script:Mock -Method PUT).Count | Should -Be 5
        }

        It 'moves an event and writes it with -PassThru; -Comment '''' clears the comment' {
            $start = (Get-LocationToday).AddDays(3).AddHours(7)
            $moved = Set-AltegioEvent -Id 800001 -Start $start -Duration 45 -Comment '' -PassThru
            $moved.Start.DateTime | Should -Be $start
            $moved.Duration | Should -Be ([TimeSpan]::FromMinutes(45))
            $moved.Comment | Should -BeNullOrEmpty
            $moved.Instructions | Should -Be 'Bring a mat'
            ((Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800001" -Method PUT).body | ConvertFrom-Json).PSObject.Properties['comment'].Value | Should -BeNullOrEmpty
            (Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800001" -Method PUT).body | Should -Match '"comment":null'
            Set-AltegioEvent -Id 800002 -Capacity 9 | Should -BeNullOrEmpty
            # PUT replaces the whole event: the fields 800002 lacks go out as null.
            (Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800002" -Method PUT).body | Should -Match '"comment":null,"color":"#ff9800","instructions":null,"stream_link":null\}$'
        }

        It 'replaces the tags with -TagId and removes them with -TagId @()' {
            (Set-AltegioEvent -Id 800001 -TagId 3005 -PassThru).TagIds | Should -Be 3005
            (Set-AltegioEvent -Id 800001 -TagId @() -PassThru).TagIds | Should -BeNullOrEmpty
            (Get-AltegioEvent -Id 800001).TagIds.Count | Should -Be 0
        }

        It 'takes changes from CSV rows, where an empty cell changes nothing' {
            $csv = Join-Path $TestDrive 'changes.csv'
            @(
                [pscustomobject]@{ EventId = 800001; TeamMemberId = ''; ServiceId = ''; TagId = ''; ResourceInstanceId = '702' }
                [pscustomobject]@{ EventId = 800004; TeamMemberId = '103'; ServiceId = ''; TagId = '3004;3005'; ResourceInstanceId = '' }
            ) | Export-Csv -Path $csv -NoTypeInformation
            Import-Csv $csv | Set-AltegioEvent
            $first = Get-AltegioEvent -Id 800001
            $first.TagIds | Should -Be @(3004, 3005)
            $first.ResourceInstanceIds | Should -Be 702
            $first.TeamMemberId | Should -Be 101
            $second = Get-AltegioEvent -Id 800004
            $second.TeamMemberId | Should -Be 103
            $second.TagIds | Should -Be @(3004, 3005)
            $second.ResourceInstanceIds | Should -Be 701
        }

        It 'turns a busy slot into Altegio.Conflict pointing to -Force, and -Force saves it' {
            $slot = (Get-LocationToday).AddDays(1).AddHours(11)
            Set-AltegioEvent -Id 800005 -Start $slot -ErrorAction SilentlyContinue -ErrorVariable busy
            $busy[0].FullyQualifiedErrorId | Should -Be 'Altegio.Conflict,Altegio.PowerShell.Commands.SetAltegioEventCommand'
            $busy[0].Exception.Message | Should -Match '-Force'
            $busy[0].TargetObject | Should -Be 800005
            Set-AltegioEvent -Id 800005 -Start $slot -Force
            (Get-AltegioEvent -Id 800005).Start.DateTime | Should -Be $slot
        }

        It 'checks the values before any request and needs something to change' {
            Set-AltegioEvent -Id 800001 -Duration 7 -ErrorAction SilentlyContinue -ErrorVariable bad
            Set-AltegioEvent -Id 800001 -ErrorAction SilentlyContinue -ErrorVariable +bad
            $bad.Count | Should -Be 2
            $bad | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'Altegio.InvalidParameter,*' }
            $bad[1].Exception.Message | Should -Match 'Nothing to change'
            Get-MockRequest -Mock $script:Mock | Should -BeNullOrEmpty
        }

        It 'sends nothing with -WhatIf' {
            Get-AltegioEvent | Set-AltegioEvent -Capacity 20 -WhatIf
            Get-MockRequest -Mock $script:Mock -Method PUT | Should -BeNullOrEmpty
        }
    }

    Describe 'Remove-AltegioEvent' {
        It 'is high impact, so it prompts by default' {
            (Get-Command Remove-AltegioEvent).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
        }

        It 'says that the bookings are cancelled, and sends nothing with -WhatIf' {
            $transcript = Join-Path $TestDrive 'whatif.txt'
            Start-Transcript -Path $transcript | Out-Null
            try { Remove-AltegioEvent -Id 800001 -WhatIf } finally { Stop-Transcript | Out-Null }
            ((Get-Content $transcript -Raw) -replace '\s+', ' ') | Should -Match 'What if: Removing event 800001 in location 1001; every booking in it is cancelled'
            Get-MockRequest -Mock $script:Mock -Method DELETE | Should -BeNullOrEmpty
        }

        It 'removes piped events softly and cancels their bookings' {
            Get-AltegioEvent -Id 800001 | Remove-AltegioEvent -Confirm:$false
            $removed = Get-AltegioEvent -Id 800001
            $removed.IsDeleted | Should -BeTrue
            Get-AltegioEventBooking -EventId 800001 | Should -BeNullOrEmpty
            Get-AltegioEvent | Where-Object Id -EQ 800001 | Should -BeNullOrEmpty
        }

        It 'removes by -Id and CSV rows, reporting unknown ids per item' {
            Remove-AltegioEvent -Id 899999, 800002 -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failed
            $failed.Count | Should -Be 1
            $failed[0].FullyQualifiedErrorId | Should -Be 'Altegio.NotFound,Altegio.PowerShell.Commands.RemoveAltegioEventCommand'
            $failed[0].TargetObject | Should -Be 899999
            [pscustomobject]@{ EventId = 800005; LocationId = 1001 } | Remove-AltegioEvent -Confirm:$false
            (Get-AltegioEvent -Id 800002, 800005).IsDeleted | Should -Be @($true, $true)
        }
    }

    Describe 'Get-AltegioEventBooking' {
        It 'lists who booked, with client data on request' {
            $bookings = Get-AltegioEventBooking -EventId 800001 -IncludeClient
            $bookings | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.EventBooking]) }
            $bookings.ClientName | Should -Be @('Anna Petrova', 'Boris Ivanov')
            $bookings.Seats | Should -Be @(2, 1)
            $bookings[0].Status | Should -Be 'Waiting'
            $request = Get-MockRequest -Mock $script:Mock -Path $script:AppointmentsPath | Select-Object -Last 1
            $request.query.'filter[activity_id]' | Should -Be '800001'
            $request.query.'include[]' | Should -Be 'client'
            (Get-AltegioEventBooking -EventId 800001 | Out-String) | Should -Match 'Client 9001'
        }

        It 'takes piped events' {
            (Get-AltegioEvent -Id 800001, 800004 | Get-AltegioEventBooking).Id | Should -Be @(60001, 60002, 60003)
        }

        It 'leaves cancelled bookings out unless -IncludeCancelled, and reads the older paid and attendance fields' {
            Invoke-MockControl -Mock $script:Mock -Method PUT -Path 'settings' -Body @{ bookingFields = 'legacy' } | Out-Null
            Remove-AltegioEvent -Id 800004 -Confirm:$false
            Get-AltegioEventBooking -EventId 800004 | Should -BeNullOrEmpty
            $cancelled = Get-AltegioEventBooking -EventId 800004 -IncludeCancelled
            $cancelled.Id | Should -Be 60003
            $cancelled.Status | Should -Be 'Cancelled'
            (Get-AltegioEventBooking -EventId 800004 -IncludeDeleted).Id | Should -Be 60003
            (Get-AltegioEventBooking -EventId 800001).Status | Should -Be @('Waiting', 'Waiting')
        }
    }

    Describe 'New-AltegioEventBooking' {
        It 'books an existing client by id, and piped events' {
            $booking = New-AltegioEventBooking -EventId 800006 -ClientId 9003 -Seats 2 -Comment 'Friends'
            $booking | Should -BeOfType ([Altegio.Models.EventBooking])
            $booking.Seats | Should -Be 2
            (Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800006/appointments" -Method POST).body | Should -Be '{"client":{"id":9003},"clients_count":2,"comment":"Friends"}'
            # 800001 has a comment of its own; it must not become the booking's comment.
            $piped = Get-AltegioEvent -Id 800001 | New-AltegioEventBooking -ClientId 9003
            $piped.EventId | Should -Be 800001
            (Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800001/appointments" -Method POST).body | Should -Be '{"client":{"id":9003},"clients_count":1}'
            (Get-AltegioEvent -Id 800006).BookedSeats | Should -Be 2
        }

        It 'books attendees from CSV rows by name and phone' {
            $csv = Join-Path $TestDrive 'attendees.csv'
            @(
                [pscustomobject]@{ EventId = 800006; ClientName = 'Dana Novak'; Phone = '+35799000123'; Email = 'dana@example.test'; Seats = 2 }
                [pscustomobject]@{ EventId = 800006; ClientName = 'Bad Phone'; Phone = '12'; Email = ''; Seats = 1 }
                [pscustomobject]@{ EventId = 800005; ClientName = 'Eli Stone'; Phone = '+35799000124'; Email = ''; Seats = 1 }
            ) | Export-Csv -Path $csv -NoTypeInformation
            $booked = Import-Csv $csv | New-AltegioEventBooking -ErrorAction SilentlyContinue -ErrorVariable rowErrors
            $booked.ClientName | Should -Be @('Dana Novak', 'Eli Stone')
            $booked.Seats | Should -Be @(2, 1)
            $booked.EventId | Should -Be @(800006, 800005)
            $body = (Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800006/appointments" -Method POST).body | ConvertFrom-Json
            $body.client.name | Should -Be 'Dana Novak'
            $body.client.phone | Should -Be '+35799000123'
            $body.client.email | Should -Be 'dana@example.test'
            $body.client.PSObject.Properties.Name | Should -Not -Contain 'id'
            $body.clients_count | Should -Be 2
            $rowErrors.Count | Should -Be 1
            $rowErrors[0].FullyQualifiedErrorId | Should -BeLike 'Altegio.InvalidParameter,*'
            $rowErrors[0].Exception.Message | Should -Match '9 to 15 digits'
        }

        It 'reports a full event with the API''s message' {
            New-AltegioEventBooking -EventId 800004 -ClientId 9001 -ErrorAction SilentlyContinue -ErrorVariable full
            $full[0].FullyQualifiedErrorId | Should -Be 'Altegio.ValidationFailed,Altegio.PowerShell.Commands.NewAltegioEventBookingCommand'
            $full[0].Exception.Message | Should -Match 'Not enough free places'
        }

        It 'sends nothing with -WhatIf' {
            New-AltegioEventBooking -EventId 800006 -ClientId 9001 -WhatIf
            Get-MockRequest -Mock $script:Mock -Method POST | Should -BeNullOrEmpty
        }
    }

    Describe 'Move-AltegioEventBooking' {
        It 'moves a piped booking to another event' {
            $moved = Get-AltegioEventBooking -EventId 800001 | Where-Object Id -EQ 60002 | Move-AltegioEventBooking -ToEventId 800006
            $moved.EventId | Should -Be 800006
            (Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800001/appointments/60002" -Method PATCH).body | Should -Be '{"reschedule_activity_id":800006}'
            (Get-AltegioEventBooking -EventId 800006).Id | Should -Be 60002
            (Get-AltegioEvent -Id 800001).BookedSeats | Should -Be 2
        }

        It 'moves by parameters, and refuses a move into the same event before any request' {
            (Move-AltegioEventBooking -EventId 800001 -BookingId 60001 -ToEventId 800005).EventId | Should -Be 800005
            Move-AltegioEventBooking -EventId 800004 -BookingId 60003 -ToEventId 800004 -ErrorAction SilentlyContinue -ErrorVariable same
            $same[0].FullyQualifiedErrorId | Should -BeLike 'Altegio.InvalidParameter,*'
            Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800004/appointments/60003" | Should -BeNullOrEmpty
        }

        It 'moves some of the seats with -Seats, sent as clients_count' {
            $moved = Move-AltegioEventBooking -EventId 800001 -BookingId 60001 -ToEventId 800006 -Seats 1
            $moved.Seats | Should -Be 1
            $moved.EventId | Should -Be 800006
            (Get-MockRequest -Mock $script:Mock -Path "$script:EventsPath/800001/appointments/60001" -Method PATCH).body | Should -Be '{"reschedule_activity_id":800006,"clients_count":1}'
            (Get-AltegioEvent -Id 800001, 800006).BookedSeats | Should -Be @(2, 1)
            { Move-AltegioEventBooking -EventId 800001 -BookingId 60001 -ToEventId 800006 -Seats 0 } |
                Should -Throw -ErrorId 'ParameterArgumentValidationError,Altegio.PowerShell.Commands.MoveAltegioEventBookingCommand'
        }

        It 'moves a booking just made, even when the answer names no event' {
            Invoke-MockControl -Mock $script:Mock -Method PUT -Path 'settings' -Body @{ bookingActivityId = $false } | Out-Null
            $moved = New-AltegioEventBooking -EventId 800006 -ClientId 9003 | Move-AltegioEventBooking -ToEventId 800005
            $moved.EventId | Should -Be 800005
            (Get-MockRequest -Mock $script:Mock -Method PATCH).path | Should -BeLike "$script:EventsPath/800006/appointments/*"
        }

        It 'refuses event 0 and booking 0 before any request' {
            Move-AltegioEventBooking -EventId 0 -BookingId 60001 -ToEventId 800005 -ErrorAction SilentlyContinue -ErrorVariable zero
            $zero[0].FullyQualifiedErrorId | Should -Be 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.MoveAltegioEventBookingCommand'
            Get-MockRequest -Mock $script:Mock -Method PATCH | Should -BeNullOrEmpty
        }

        It 'sends nothing with -WhatIf' {
            Move-AltegioEventBooking -EventId 800001 -BookingId 60001 -ToEventId 800005 -WhatIf
            Get-MockRequest -Mock $script:Mock -Method PATCH | Should -BeNullOrEmpty
        }
    }
}
