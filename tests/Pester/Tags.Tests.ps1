BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:Mock = Start-MockAltegio
    $script:TagsPath = '/api/v2/locations/1001/tags'
}

AfterAll {
    Disconnect-Altegio
    Stop-MockAltegio $script:Mock
}

Describe 'Tags' {
    BeforeEach {
        Reset-MockAltegio $script:Mock
        Connect-MockAltegio -Mock $script:Mock
    }

    Describe 'Get-AltegioTag' {
        It 'lists typed tags of the session''s location' {
            $tags = Get-AltegioTag
            $tags.Count | Should -BeGreaterThan 1
            $tags | ForEach-Object { $_ | Should -BeOfType ([Altegio.Models.Tag]); $_.CompanyId | Should -Be 1001 }
            (Get-Command Get-AltegioTag).OutputType.Type | Should -Contain ([Altegio.Models.Tag])
        }

        It 'gets specific tags by -Id, positionally and from the pipeline' {
            $ids = (Get-AltegioTag | Select-Object -First 2).Id
            (Get-AltegioTag $ids).Id | Should -Be $ids
            ($ids | Get-AltegioTag).Id | Should -Be $ids
            ([pscustomobject]@{ TagId = $ids[0] } | Get-AltegioTag).Id | Should -Be $ids[0]
        }

        It 'gets by id for CSV rows with Id and CompanyId columns, rather than listing' {
            $row = [pscustomobject]@{ Id = 3001; CompanyId = 1001 }
            @($row | Get-AltegioTag).Id | Should -Be @(3001)
        }

        It 'filters by -Entity on the server and by -Title on the client' {
            Get-AltegioTag -Entity Client | ForEach-Object { $_.Entity | Should -Be 'Client' }
            (Get-MockRequest -Mock $script:Mock -Path $script:TagsPath | Select-Object -Last 1).queryString | Should -Be '?entity=client'
            $first = Get-AltegioTag | Select-Object -First 1
            (Get-AltegioTag -Title ($first.Title.Substring(0, 2) + '*')).Id | Should -Contain $first.Id
        }

        It 'reports an unknown id as a non-terminating Altegio.NotFound and goes on' {
            $known = (Get-AltegioTag | Select-Object -First 1).Id
            $result = Get-AltegioTag -Id 99999999, $known -ErrorAction SilentlyContinue -ErrorVariable failures
            $result.Id | Should -Be $known
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'Altegio.NotFound,Altegio.PowerShell.Commands.GetAltegioTagCommand'
            $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $failures[0].TargetObject | Should -Be 99999999
            $failures[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        }

        It 'turns the failure into a catchable exception with -ErrorAction Stop' {
            $caught = $null
            try { Get-AltegioTag -Id 99999999 -ErrorAction Stop } catch { $caught = $_ }
            $caught | Should -Not -BeNullOrEmpty
            $caught.Exception | Should -BeOfType ([Altegio.Errors.AltegioApiException])
            $caught.Exception.StatusCode | Should -Be 404
        }

        It 'shows a table view' {
            $text = Get-AltegioTag | Out-String -Width 200
            $text | Should -Match 'Id\s+Title\s+Entity\s+Color'
        }

        It 'stops the pipeline early without errors' {
            (Get-AltegioTag | Select-Object -First 1).Count | Should -Be 1
        }
    }

    Describe 'New-AltegioTag' {
        It 'creates a tag and writes it' {
            $tag = New-AltegioTag -Title 'Pester VIP' -Color '#FF2828' -Entity Client -Icon star
            $tag.Title | Should -Be 'Pester VIP'
            $tag.Color | Should -Be '#ff2828'
            $tag.Entity | Should -Be 'Client'
            (Get-AltegioTag -Id $tag.Id).Title | Should -Be 'Pester VIP'
            $post = Get-MockRequest -Mock $script:Mock -Path $script:TagsPath -Method POST
            $post.body | Should -Be '{"title":"Pester VIP","color":"#ff2828","entity":1,"icon":"star"}'
        }

        It 'validates the colour and the title before sending anything' {
            New-AltegioTag -Title 'X' -Color 'red' -ErrorAction SilentlyContinue -ErrorVariable bad
            New-AltegioTag -Title ' ' -Color '#000000' -ErrorAction SilentlyContinue -ErrorVariable +bad
            $bad.Count | Should -Be 2
            $bad | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'Altegio.InvalidParameter,*' }
            $bad[0].Exception.Message | Should -Match '#rrggbb'
            Get-MockRequest -Mock $script:Mock -Path $script:TagsPath -Method POST | Should -BeNullOrEmpty
        }

        It 'takes rows from Import-Csv, and a bad row does not stop the others' {
            $csv = Join-Path $TestDrive 'tags.csv'
            @(
                [pscustomobject]@{ Title = 'Csv one'; Color = '#111111'; Entity = 'Client' }
                [pscustomobject]@{ Title = 'Csv bad'; Color = 'nope'; Entity = 'Client' }
                [pscustomobject]@{ Title = 'Csv three'; Color = '#333333'; Entity = 'Record' }
            ) | Export-Csv -Path $csv -NoTypeInformation
            $created = Import-Csv $csv | New-AltegioTag -ErrorAction SilentlyContinue -ErrorVariable rowErrors
            $created.Title | Should -Be @('Csv one', 'Csv three')
            $created[1].Entity | Should -Be 'Record'
            $rowErrors.Count | Should -Be 1
            $rowErrors[0].TargetObject | Should -Be 'Csv bad'
        }

        It 'sends nothing with -WhatIf' {
            New-AltegioTag -Title 'Never' -Color '#000000' -WhatIf
            Get-MockRequest -Mock $script:Mock -Path $script:TagsPath -Method POST | Should -BeNullOrEmpty
        }
    }

    Describe 'Set-AltegioTag' {
        It 'changes only the given fields and -PassThru writes the result' {
            $tag = New-AltegioTag -Title 'Before' -Color '#101010'
            $changed = Set-AltegioTag -Id $tag.Id -Title 'After' -PassThru
            $changed.Title | Should -Be 'After'
            $changed.Color | Should -Be '#101010'
            (Get-MockRequest -Mock $script:Mock -Method PUT).body | Should -Be '{"title":"After"}'
        }

        It 'writes nothing without -PassThru' {
            $tag = New-AltegioTag -Title 'Quiet' -Color '#101010'
            Set-AltegioTag -Id $tag.Id -Color '#202020' | Should -BeNullOrEmpty
        }

        It 'updates piped tags' {
            New-AltegioTag -Title 'Piped A' -Color '#101010' | Out-Null
            New-AltegioTag -Title 'Piped B' -Color '#101010' | Out-Null
            Get-AltegioTag -Title 'Piped*' | Set-AltegioTag -Color '#abcdef'
            Get-AltegioTag -Title 'Piped*' | ForEach-Object { $_.Color | Should -Be '#abcdef' }
        }

        It 'reports a system tag as Altegio.Forbidden with the API message' {
            $system = Get-AltegioTag | Where-Object { -not $_.IsEditable } | Select-Object -First 1
            Set-AltegioTag -Id $system.Id -Title 'Nope' -ErrorAction SilentlyContinue -ErrorVariable denied
            $denied[0].FullyQualifiedErrorId | Should -Be 'Altegio.Forbidden,Altegio.PowerShell.Commands.SetAltegioTagCommand'
            $denied[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            $denied[0].Exception.Message | Should -Match 'Category cannot be changed'
        }
    }

    Describe 'Remove-AltegioTag' {
        It 'is high impact, so it would prompt by default' {
            (Get-Command Remove-AltegioTag).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
        }

        It 'sends nothing with -WhatIf' {
            Get-AltegioTag | Remove-AltegioTag -WhatIf
            Get-MockRequest -Mock $script:Mock -Method DELETE | Should -BeNullOrEmpty
        }

        It 'removes piped tags with -Confirm:$false' {
            New-AltegioTag -Title 'Doomed 1' -Color '#101010' | Out-Null
            New-AltegioTag -Title 'Doomed 2' -Color '#101010' | Out-Null
            Get-AltegioTag -Title 'Doomed*' | Remove-AltegioTag -Confirm:$false
            Get-AltegioTag -Title 'Doomed*' | Should -BeNullOrEmpty
            @(Get-MockRequest -Mock $script:Mock -Method DELETE).Count | Should -Be 2
        }

        It 'removes every tag the list shows: Get-AltegioTag | Remove-AltegioTag' {
            Get-AltegioTag | Where-Object IsEditable | Remove-AltegioTag -Confirm:$false
            Get-AltegioTag | Where-Object IsEditable | Should -BeNullOrEmpty
        }

        It 'binds tag objects, plain ids and CSV rows with TagId/LocationId columns' {
            Get-AltegioTag | Select-Object -First 1 | Remove-AltegioTag -WhatIf
            5, 6 | Remove-AltegioTag -WhatIf
            [pscustomobject]@{ TagId = 10; LocationId = 1002 } | Remove-AltegioTag -WhatIf -ErrorVariable bindErrors
            $bindErrors | Should -BeNullOrEmpty
            Get-MockRequest -Mock $script:Mock -Method DELETE | Should -BeNullOrEmpty
        }

        It 'removes by -Id and reports unknown ids per item' {
            $tag = New-AltegioTag -Title 'By id' -Color '#101010'
            Remove-AltegioTag -Id 99999999, $tag.Id -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failed
            $failed.Count | Should -Be 1
            $failed[0].TargetObject | Should -Be 99999999
            Get-AltegioTag -Title 'By id' | Should -BeNullOrEmpty
        }
    }
}
