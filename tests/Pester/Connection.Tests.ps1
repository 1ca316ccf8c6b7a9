BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:Mock = Start-MockAltegio
}

AfterAll {
    Disconnect-Altegio
    Stop-MockAltegio $script:Mock
}

Describe 'Connect-Altegio' {
    BeforeEach { Disconnect-Altegio; Reset-MockAltegio $script:Mock }

    It 'stores a session for the runspace and -PassThru writes it' {
        $session = Connect-MockAltegio -Mock $script:Mock -PassThru
        $session | Should -BeOfType ([Altegio.AltegioSession])
        $session.CompanyId | Should -Be 1001
        $session.BaseUri.AbsoluteUri.TrimEnd('/') | Should -Be $script:Mock.BaseUri
        $session.AuthenticationMethod | Should -Be 'UserToken'
        (Get-AltegioSession).ConnectedAt | Should -Be $session.ConnectedAt
        $global:AltegioSession | Should -Be $session
    }

    It 'writes nothing without -PassThru' {
        Connect-MockAltegio -Mock $script:Mock | Should -BeNullOrEmpty
    }

    It 'logs in with -Credential through POST /v1/auth and shows the user' {
        $partner = ConvertTo-SecureString 'demo-partner-token' -AsPlainText -Force
        $credential = [pscredential]::new('demo@altegio.test', (ConvertTo-SecureString 'demo-password' -AsPlainText -Force))
        $session = Connect-Altegio -PartnerToken $partner -Credential $credential -BaseUri $script:Mock.BaseUri -PassThru
        $session.AuthenticationMethod | Should -Be 'Credential'
        $session.UserName | Should -Be 'Demo Admin'
        $login = Get-MockRequest -Mock $script:Mock -Path '/api/v1/auth' -Method POST
        @($login).Count | Should -Be 1
        $login.headers.Authorization | Should -Be 'Bearer demo-partner-token'
    }

    It 'refuses to send a login over plain http to another host unless -AllowUnencryptedAuthentication is given' {
        $partner = ConvertTo-SecureString 'demo-partner-token' -AsPlainText -Force
        $credential = [pscredential]::new('demo@altegio.test', (ConvertTo-SecureString 'demo-password' -AsPlainText -Force))
        # The mock acts as a proxy for a host name that is not loopback, so the request line names that host.
        $remote = @{ PartnerToken = $partner; Credential = $credential; BaseUri = 'http://api.example.test/api'; Proxy = $script:Mock.RootUri }
        { Connect-Altegio @remote -ErrorAction Stop } |
            Should -Throw -ErrorId 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.ConnectAltegioCommand'
        Get-MockRequest -Mock $script:Mock | Should -BeNullOrEmpty
        { Connect-Altegio -PartnerToken $partner -BaseUri 'http://api.example.test/api' -ErrorAction Stop } |
            Should -Throw -ErrorId 'Altegio.InvalidParameter,Altegio.PowerShell.Commands.ConnectAltegioCommand'

        $session = Connect-Altegio @remote -AllowUnencryptedAuthentication -PassThru
        $session.UserName | Should -Be 'Demo Admin'
        @(Get-MockRequest -Mock $script:Mock -Path '/api/v1/auth' -Method POST).Count | Should -Be 1
    }

    It 'fails a bad login with Altegio.Unauthorized' {
        $partner = ConvertTo-SecureString 'demo-partner-token' -AsPlainText -Force
        $credential = [pscredential]::new('demo@altegio.test', (ConvertTo-SecureString 'wrong' -AsPlainText -Force))
        { Connect-Altegio -PartnerToken $partner -Credential $credential -BaseUri $script:Mock.BaseUri } |
            Should -Throw -ErrorId 'Altegio.Unauthorized,Altegio.PowerShell.Commands.ConnectAltegioCommand'
        Get-AltegioSession | Should -BeNullOrEmpty
    }

    It 'reads the tokens and the company from environment variables' {
        $env:ALTEGIO_PARTNER_TOKEN = 'demo-partner-token'
        $env:ALTEGIO_USER_TOKEN = 'demo-user-token'
        $env:ALTEGIO_COMPANY_ID = '1001'
        try {
            $session = Connect-Altegio -BaseUri $script:Mock.BaseUri -PassThru
            $session.TokenSource | Should -Be 'Environment'
            $session.CompanyId | Should -Be 1001
            (Get-AltegioTag | Measure-Object).Count | Should -BeGreaterThan 0
        }
        finally {
            Remove-Item Env:ALTEGIO_PARTNER_TOKEN, Env:ALTEGIO_USER_TOKEN, Env:ALTEGIO_COMPANY_ID -ErrorAction SilentlyContinue
        }
    }

    It 'says what to do when no token is given at all' {
        Remove-Item Env:ALTEGIO_PARTNER_TOKEN -ErrorAction SilentlyContinue
        { Connect-Altegio -BaseUri $script:Mock.BaseUri -ErrorAction Stop } | Should -Throw '*ALTEGIO_PARTNER_TOKEN*'
    }

    It 'sets the global session even when called inside a function' {
        function Connect-Inside { Connect-MockAltegio -Mock $script:Mock -CompanyId 1002 }
        Connect-Inside
        (Get-AltegioSession).CompanyId | Should -Be 1002
    }

    It 'refuses -NoProxy together with -Proxy' {
        { Connect-MockAltegio -Mock $script:Mock -Extra @{ NoProxy = $true; Proxy = 'http://127.0.0.1:3128' } -ErrorAction Stop } |
            Should -Throw -ErrorId 'Altegio.InvalidParameter*'
    }

    It 'has no plain-text token parameter' {
        (Get-Command Connect-Altegio).Parameters['PartnerToken'].ParameterType | Should -Be ([securestring])
        (Get-Command Connect-Altegio).Parameters['UserToken'].ParameterType | Should -Be ([securestring])
    }
}

Describe 'The session never reveals a token' {
    BeforeAll {
        $script:Session = Connect-MockAltegio -Mock $script:Mock -PassThru
    }

    It 'in <Name>' -ForEach @(
        @{ Name = 'Format-List *'; Render = { $args[0] | Format-List * | Out-String -Width 400 } }
        @{ Name = 'ConvertTo-Json'; Render = { $args[0] | ConvertTo-Json -Depth 10 } }
        @{ Name = 'Export-Clixml'; Render = { $path = Join-Path $TestDrive 's.xml'; $args[0] | Export-Clixml -Path $path -Depth 10; Get-Content -Raw $path } }
        @{ Name = 'ToString'; Render = { "$($args[0])" } }
        @{ Name = 'the default view'; Render = { $args[0] | Out-String -Width 400 } }
    ) {
        $text = & $Render $script:Session
        $text | Should -Not -BeNullOrEmpty
        $text | Should -Not -Match 'demo-partner-token'
        $text | Should -Not -Match 'demo-user-token'
    }
}

Describe 'Get-AltegioSession and Disconnect-Altegio' {
    It 'writes nothing when not connected, and commands say to connect' {
        Disconnect-Altegio
        Get-AltegioSession | Should -BeNullOrEmpty
        { Get-AltegioTag } | Should -Throw -ErrorId 'Altegio.NotConnected,Altegio.PowerShell.Commands.GetAltegioTagCommand'
    }

    It 'lets an explicit -Session work without a current session' {
        $session = Connect-MockAltegio -Mock $script:Mock -PassThru
        Disconnect-Altegio
        (Get-AltegioTag -Session $session | Measure-Object).Count | Should -BeGreaterThan 0
    }

    It 'keeps sessions per runspace' -Skip:($PSVersionTable.PSVersion.Major -lt 7) {
        Connect-MockAltegio -Mock $script:Mock
        $module = Get-TestModulePath
        $seen = 1..2 | ForEach-Object -Parallel {
            Import-Module $using:module
            [bool](Get-AltegioSession)
        }
        $seen | Should -Be @($false, $false)
        Get-AltegioSession | Should -Not -BeNullOrEmpty
    }

    It 'shares a session object into parallel runspaces through -Session' -Skip:($PSVersionTable.PSVersion.Major -lt 7) {
        $session = Connect-MockAltegio -Mock $script:Mock -PassThru
        $module = Get-TestModulePath
        $counts = 1..3 | ForEach-Object -Parallel {
            Import-Module $using:module
            (Get-AltegioTag -Session $using:session | Measure-Object).Count
        }
        $counts | ForEach-Object { $_ | Should -BeGreaterThan 0 }
    }

    It 'needs a company when neither -CompanyId nor the session has one' {
        $partner = ConvertTo-SecureString 'demo-partner-token' -AsPlainText -Force
        $user = ConvertTo-SecureString 'demo-user-token' -AsPlainText -Force
        Remove-Item Env:ALTEGIO_COMPANY_ID -ErrorAction SilentlyContinue
        Connect-Altegio -PartnerToken $partner -UserToken $user -BaseUri $script:Mock.BaseUri
        { Get-AltegioTag } | Should -Throw -ErrorId 'Altegio.NoCompany,Altegio.PowerShell.Commands.GetAltegioTagCommand'
        (Get-AltegioTag -LocationId 1001 | Measure-Object).Count | Should -BeGreaterThan 0
    }
}
