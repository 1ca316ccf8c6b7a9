BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:Mock = Start-MockAltegio
}

AfterAll {
    Disconnect-Altegio
    Stop-MockAltegio $script:Mock
}

Describe 'Raw requests' {
    BeforeEach {
        Reset-MockAltegio $script:Mock
        Connect-MockAltegio -Mock $script:Mock
    }

    Describe 'Invoke-AltegioRequest' {
        It 'reads V2 data items as objects, with {CompanyId} filled in' {
            $items = Invoke-AltegioRequest -Path 'locations/{CompanyId}/tags'
            $items.Count | Should -BeGreaterThan 1
            $items[0].type | Should -Be 'tag'
            $items[0].attributes.company_id | Should -Be 1001
        }

        It 'reaches V1 with the session''s headers, and repeats array query keys' {
            $companies = Invoke-AltegioRequest -Path 'v1/companies' -Query @{ my = 1 }
            $companies.id | Should -Contain 1001
            $request = Get-MockRequest -Mock $script:Mock -Path '/api/v1/companies' | Select-Object -Last 1
            $request.headers.Authorization | Should -Be 'Bearer demo-partner-token, User demo-user-token'
            $request.headers.Accept | Should -Be 'application/vnd.api.v2+json'
        }

        It 'sends a hashtable body as JSON and honours -WhatIf for changes' {
            Invoke-AltegioRequest -Method Post -Path 'locations/{CompanyId}/tags' -Body @{ title = 'Raw'; color = '#123456' } -WhatIf
            Get-MockRequest -Mock $script:Mock -Method POST | Should -BeNullOrEmpty
            $created = Invoke-AltegioRequest -Method Post -Path 'locations/{CompanyId}/tags' -Body @{ title = 'Raw'; color = '#123456' }
            $created.attributes.title | Should -Be 'Raw'
        }

        It 'writes the whole document with -FullResponse' {
            $document = Invoke-AltegioRequest -Path 'v1/companies' -Query @{ my = 1 } -FullResponse
            $document.success | Should -BeTrue
            $document.meta | Should -Not -BeNullOrEmpty
        }

        It 'refuses <Path> before sending anything' -ForEach @(
            @{ Path = '../../x' }, @{ Path = 'v2/../../x' }, @{ Path = '%2e%2e/%2e%2e/x' }, @{ Path = '..\..\x' },
            @{ Path = 'locations/{CompanyId}/tags#fragment' }, @{ Path = 'locations/{CompanyId}/tags/{TagId}' }, @{ Path = '?' }
        ) {
            Invoke-MockControl -Mock $script:Mock -Method DELETE -Path 'requests' | Out-Null
            { Invoke-AltegioRequest -Path $Path -ErrorAction Stop } |
                Should -Throw -ErrorId 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.InvokeAltegioRequestCommand'
            Get-MockRequest -Mock $script:Mock | Should -BeNullOrEmpty
        }

        It 'fails like the other cmdlets' {
            { Invoke-AltegioRequest -Path 'locations/{CompanyId}/tags/99999999' -ErrorAction Stop } |
                Should -Throw -ErrorId 'Altegio.NotFound,Altegio.PowerShell.Commands.InvokeAltegioRequestCommand'
        }
    }
}
