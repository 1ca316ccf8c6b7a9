BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Mock = Start-MockAltegio
    $script:Module = Get-TestModulePath
    $script:Pwsh = Get-ChildPowerShell

    # Runs a script in a fresh pwsh, so nothing this session loaded can mask a conflict.
    function Invoke-FreshPwsh([string] $Script) {
        $output = & $script:Pwsh -NoProfile -NonInteractive -Command $Script 2>&1
        if ($LASTEXITCODE -ne 0) { throw "child pwsh failed: $output" }
        $output
    }
}

AfterAll {
    Stop-MockAltegio $script:Mock
}

Describe 'Dependency isolation' {
    It 'keeps third-party assemblies out of the module root' {
        Get-ChildItem $script:Module -Filter *.dll | ForEach-Object Name | Should -Be @('Altegio.Core.dll', 'Altegio.PowerShell.dll')
        Join-Path $script:Module 'dependencies/Microsoft.Extensions.Http.dll' | Should -Exist
    }

    It 'does no work on import beyond hooking the resolver' {
        $loaded = Invoke-FreshPwsh "Import-Module '$script:Module'; [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name | Where-Object { `$_ -like 'Microsoft.Extensions.*' -or `$_ -like 'Polly*' }"
        $loaded | Should -BeNullOrEmpty
    }

    It 'keeps the public output types in the default load context' -Skip:($PSVersionTable.PSEdition -ne 'Core') {
        $context = Invoke-FreshPwsh "Import-Module '$script:Module'; [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext([Altegio.Models.Tag].Assembly).Name"
        $context | Should -Be 'Default'
    }

    It 'works beside a module that already loaded another Microsoft.Extensions.Http' {
        $project = Join-Path $PSScriptRoot 'ConflictingModule/ConflictingHttp.csproj'
        $out = Join-Path $TestDrive 'conflicting'
        & dotnet publish $project -c Release -o $out --nologo -v quiet | Out-Null
        $LASTEXITCODE | Should -Be 0

        $result = Invoke-FreshPwsh @"
`$ErrorActionPreference = 'Stop'
Import-Module '$out/ConflictingHttp.dll'
'other=' + (Get-ConflictingHttp)
Import-Module '$script:Module'
`$env:ALTEGIO_PARTNER_TOKEN = 'demo-partner-token'; `$env:ALTEGIO_USER_TOKEN = 'demo-user-token'
Connect-Altegio -BaseUri '$($script:Mock.BaseUri)' -CompanyId 1001 -RequestsPerSecond 0
'tags=' + @(Get-AltegioTag).Count
[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.Extensions.Http' } |
    ForEach-Object { 'loaded=' + `$_.GetName().Version + '@' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_).Name } | Sort-Object
"@
        $result | Should -Contain 'other=6.0.0.0'
        ($result | Where-Object { $_ -like 'tags=*' }) | Should -Not -Be 'tags=0'
        $result | Should -Contain 'loaded=6.0.0.0@Default'
        $result | Should -Contain 'loaded=9.0.0.0@Altegio.Ps'
    }
}
