@{
    # The source manifest. build.ps1 copies it into out/Altegio/<version>/; a test checks that
    # ModuleVersion equals <ModuleVersion> in Directory.Build.props and that CmdletsToExport
    # equals the cmdlet classes of Altegio.PowerShell.dll.
    RootModule             = 'Altegio.PowerShell.dll'
    ModuleVersion          = '0.1.0'
    GUID                   = '5b0e7c53-1f0e-4a57-9a55-5f2f2b3f6a10'
    Author                 = 'Altegio.Ps contributors'
    CompanyName            = 'Altegio.Ps contributors'
    Copyright              = '(c) Altegio.Ps contributors. MIT License.'
    Description            = 'PowerShell cmdlets for the Altegio (YCLIENTS) business API: tags, positions, team members, working hours, group events and event series, with typed output, paging, rate limiting and retries.'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('Altegio.Format.ps1xml')
    CmdletsToExport        = @(
        'Connect-Altegio'
        'Disconnect-Altegio'
        'Get-AltegioSession'
        'Get-AltegioLocation'
        'Get-AltegioTag'
        'New-AltegioTag'
        'Set-AltegioTag'
        'Remove-AltegioTag'
        'Get-AltegioPosition'
        'New-AltegioPosition'
        'Set-AltegioPosition'
        'Remove-AltegioPosition'
        'Get-AltegioTeamMember'
        'New-AltegioTeamMember'
        'Set-AltegioTeamMember'
        'Remove-AltegioTeamMember'
        'Get-AltegioEvent'
        'New-AltegioEvent'
        'Set-AltegioEvent'
        'Remove-AltegioEvent'
        'Get-AltegioEventBooking'
        'New-AltegioEventBooking'
        'Move-AltegioEventBooking'
        'Get-AltegioEventService'
        'Set-AltegioEventBooking'
        'Remove-AltegioEventBooking'
        'Copy-AltegioEvent'
        'Get-AltegioEventDate'
        'Get-AltegioEventDuplicationStrategy'
        'New-AltegioEventDuplicationStrategy'
        'Set-AltegioEventDuplicationStrategy'
        'Remove-AltegioEventDuplicationStrategy'
        'Get-AltegioSchedule'
        'Set-AltegioSchedule'
        'Clear-AltegioSchedule'
        'New-AltegioEventSeries'
        'Get-AltegioEventSeries'
        'Set-AltegioEventSeries'
        'Remove-AltegioEventSeries'
        'Invoke-AltegioRequest'
        'Export-AltegioConfiguration'
        'Compare-AltegioConfiguration'
        'Test-AltegioConfiguration'
        'Sync-AltegioConfiguration'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Altegio', 'YCLIENTS', 'API', 'Booking', 'Salon', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/altegio-ps/Altegio.Ps'
            LicenseUri   = 'https://github.com/altegio-ps/Altegio.Ps/blob/main/LICENSE'
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
