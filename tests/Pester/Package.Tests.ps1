BeforeDiscovery {
    $script:HasPSResourceGet = [bool](Get-Module Microsoft.PowerShell.PSResourceGet -ListAvailable)
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:Module = Get-TestModulePath
    $script:Package = $env:ALTEGIO_TEST_PACKAGE
    $script:Pwsh = Get-ChildPowerShell
}

Describe 'The module manifest' {
    It 'passes Test-ModuleManifest and names the built assembly''s version' {
        $manifest = Test-ModuleManifest (Join-Path $script:Module 'Altegio.psd1')
        $manifest.Version | Should -Be ([version](Get-Item (Join-Path $script:Module 'Altegio.PowerShell.dll')).VersionInfo.FileVersion).ToString(3)
        $manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
        $manifest.PowerShellVersion | Should -Be ([version]'5.1')
        $manifest.PrivateData.PSData.ProjectUri | Should -Not -BeNullOrEmpty
        $manifest.PrivateData.PSData.LicenseUri | Should -Not -BeNullOrEmpty
        $manifest.PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'exports exactly the cmdlets the assembly defines' {
        $exported = & $script:Pwsh -NoProfile -Command "Import-Module '$script:Module'; (Get-Module Altegio).ExportedCmdlets.Keys | Sort-Object"
        $defined = & $script:Pwsh -NoProfile -Command "Import-Module '$script:Module'; Get-Command -Module Altegio -CommandType Cmdlet | ForEach-Object Name | Sort-Object"
        $declared = (Import-PowerShellDataFile (Join-Path $script:Module 'Altegio.psd1')).CmdletsToExport | Sort-Object
        $exported | Should -Be $declared
        $defined | Should -Be $declared
    }
}

Describe 'The package' {
    It 'is a nupkg with the nuspec and the module at its root' {
        $script:Package | Should -Exist
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [System.IO.Compression.ZipFile]::OpenRead($script:Package)
        try { $names = $zip.Entries.FullName } finally { $zip.Dispose() }
        $names | Should -Contain 'Altegio.nuspec'
        $names | Should -Contain 'Altegio.psd1'
        $names | Should -Contain 'en-US/Altegio.PowerShell.dll-Help.xml'
        $names | Should -Contain 'dependencies/Microsoft.Extensions.Http.dll'
    }

    It 'installs with Install-PSResource from a local folder repository and imports' -Skip:(-not $HasPSResourceGet) {
        $repository = Join-Path $TestDrive 'repo'
        $home2 = Join-Path $TestDrive 'home'
        # .NET reports no local-data folder unless it exists, and PSResourceGet would then write its
        # repository store relative to the working directory.
        New-Item -ItemType Directory $repository, (Join-Path $home2 '.local/share') | Out-Null
        Copy-Item $script:Package $repository
        # A child pwsh with its own HOME (set before it starts, since pwsh derives PSModulePath from it),
        # so the install never touches the user's module folders.
        $savedHome = $env:HOME
        $env:HOME = $home2
        Push-Location $TestDrive
        try {
        $output = & $script:Pwsh -NoProfile -NonInteractive -Command @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name AltegioLocal -Uri '$repository' -Trusted
(Find-PSResource -Name Altegio -Repository AltegioLocal).Version.ToString()
Install-PSResource -Name Altegio -Repository AltegioLocal -Scope CurrentUser -TrustRepository
Import-Module Altegio
(Get-Module Altegio).ModuleBase
(Get-Command -Module Altegio).Count
(Get-Help Connect-Altegio).Synopsis
"@ 2>&1
        }
        finally { $env:HOME = $savedHome; Pop-Location }
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $output[0] | Should -Be '0.1.0'
        $output[1] | Should -BeLike "$home2*Altegio*0.1.0"
        [int]$output[2] | Should -BeGreaterThan 5
        $output[3] | Should -Match 'Connects to the Altegio API'
    }
}
