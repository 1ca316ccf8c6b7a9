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
        Join-Path $script:Module 'dependencies/Altegio.Engine.dll' | Should -Exist
        Join-Path $script:Module 'dependencies/Microsoft.Extensions.Http.dll' | Should -Exist
    }

    It 'does no work on import beyond hooking the resolver' {
        $loaded = Invoke-FreshPwsh "Import-Module '$script:Module'; [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name | Where-Object { `$_ -like 'Microsoft.Extensions.*' -or `$_ -like 'Polly*' -or `$_ -eq 'Altegio.Engine' }"
        $loaded | Should -BeNullOrEmpty
    }

    It 'keeps the public output types in the default load context' -Skip:($PSVersionTable.PSEdition -ne 'Core') {
        $context = Invoke-FreshPwsh "Import-Module '$script:Module'; [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext([Altegio.Models.Tag].Assembly).Name"
        $context | Should -Be 'Default'
    }

    It 'loads the engine and its libraries into the module''s own context, and Core once, in the shared one' -Skip:($PSVersionTable.PSEdition -ne 'Core') {
        $result = Invoke-FreshPwsh @"
`$ErrorActionPreference = 'Stop'
Import-Module '$script:Module'
`$env:ALTEGIO_PARTNER_TOKEN = 'demo-partner-token'; `$env:ALTEGIO_USER_TOKEN = 'demo-user-token'
Connect-Altegio -BaseUri '$($script:Mock.BaseUri)' -CompanyId 1001 -RequestsPerSecond 0
`$null = Get-AltegioTag
[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -match '^(Altegio\.|Microsoft\.Extensions\.Http$|Polly\.Core$|System\.Threading\.RateLimiting$|Microsoft\.Bcl\.TimeProvider$)' } |
    ForEach-Object { `$_.GetName().Name + '@' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_).GetType().Name } | Sort-Object
"@
        $result | Should -Be @(
            'Altegio.Core@DefaultAssemblyLoadContext'
            'Altegio.Engine@EngineLoadContext'
            'Altegio.PowerShell@DefaultAssemblyLoadContext'
            'Microsoft.Bcl.TimeProvider@EngineLoadContext'
            'Microsoft.Extensions.Http@EngineLoadContext'
            'Polly.Core@EngineLoadContext'
            'System.Threading.RateLimiting@EngineLoadContext'
        )
    }

    It 'works again after Remove-Module and Import-Module in the same session' {
        $result = Invoke-FreshPwsh @"
`$ErrorActionPreference = 'Stop'
`$env:ALTEGIO_PARTNER_TOKEN = 'demo-partner-token'; `$env:ALTEGIO_USER_TOKEN = 'demo-user-token'
foreach (`$round in 1, 2) {
    Import-Module '$script:Module'
    Connect-Altegio -BaseUri '$($script:Mock.BaseUri)' -CompanyId 1001 -RequestsPerSecond 0
    'round' + `$round + '=' + @(Get-AltegioTag).Count
    Remove-Module Altegio
}
"@
        $result[0] | Should -Match '^round1=[1-9]'
        $result[1] | Should -Match '^round2=[1-9]'
    }

    # Another module got there first and put its Microsoft.Extensions.Http into the default context:
    # older than ours, the same version, newer (a module built for .NET 10 may carry 10.0 or 11.0), or an
    # assembly with our name and version and none of our types. Whatever sits there, ours must be used.
    It 'works beside a module that already loaded Microsoft.Extensions.Http <Case>' -ForEach @(
        @{ Case = 'older (6.0)'; Project = 'ConflictingModule/ConflictingHttp.csproj'; Version = '6.0.0'; Framework = 'netstandard2.0'; Reports = '6.0.0.0' }
        @{ Case = 'the same version as ours (9.0)'; Project = 'ConflictingModule/ConflictingHttp.csproj'; Version = '9.0.20'; Framework = 'netstandard2.0'; Reports = '9.0.0.0' }
        @{ Case = 'newer (10.0, from a module built for .NET 10)'; Project = 'ConflictingModule/ConflictingHttp.csproj'; Version = '10.0.15'; Framework = 'net10.0'; Reports = '10.0.0.0' }
        @{ Case = 'as a stub with our name and version and none of our types'; Project = 'StubHttpModule/StubHttp.csproj'; Version = $null; Framework = $null; Reports = 'stub 9.0.0.0' }
    ) {
        $name = [System.IO.Path]::GetFileNameWithoutExtension($Project)
        $out = Join-Path $TestDrive "$name-$Version"
        $arguments = @('publish', (Join-Path $PSScriptRoot $Project), '-c', 'Release', '-o', $out, '--artifacts-path', "$out-build", '--nologo', '-v', 'quiet')
        if ($Version) { $arguments += "-p:ConflictingHttpVersion=$Version", "-p:ConflictingTargetFramework=$Framework" }
        & dotnet @arguments | Out-Null
        $LASTEXITCODE | Should -Be 0
        $dummy = if ($Version) { "$out/$name.dll" } else { "$out/Microsoft.Extensions.Http.dll" }

        $result = Invoke-FreshPwsh @"
`$ErrorActionPreference = 'Stop'
Import-Module '$dummy'
'other=' + (Get-ConflictingHttp)
Import-Module '$script:Module'
`$env:ALTEGIO_PARTNER_TOKEN = 'demo-partner-token'; `$env:ALTEGIO_USER_TOKEN = 'demo-user-token'
Connect-Altegio -BaseUri '$($script:Mock.BaseUri)' -CompanyId 1001 -RequestsPerSecond 0
'tags=' + @(Get-AltegioTag).Count
[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.Extensions.Http' } |
    ForEach-Object { 'loaded=' + `$_.GetName().Version + '@' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_).GetType().Name } | Sort-Object
"@
        $result | Should -Contain "other=$Reports"
        ($result | Where-Object { $_ -like 'tags=*' }) | Should -Match '^tags=[1-9]'
        # The other module's copy stays where it was; ours sits in the module's own load context.
        $result | Should -Contain "loaded=$($Reports -replace '^stub ')@DefaultAssemblyLoadContext"
        $result | Should -Contain 'loaded=9.0.0.0@EngineLoadContext'
    }
}
