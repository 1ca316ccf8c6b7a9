BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:Commands = (Get-Module Altegio).ExportedCmdlets.Keys | ForEach-Object { @{ Name = $_ } }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:Common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
}

Describe 'Help for <Name>' -ForEach $script:Commands {
    BeforeAll {
        $help = Get-Help $Name -Full
    }

    It 'comes from the module''s MAML, with a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis.Trim() | Should -Not -BeLike "$Name*" -Because 'without MAML, Get-Help makes a synopsis from the syntax'
        ($help.Description.Text -join ' ').Length | Should -BeGreaterThan 20
    }

    It 'has at least two examples that use the command' {
        $examples = @($help.Examples.Example)
        $examples.Count | Should -BeGreaterOrEqual 2
        $examples | ForEach-Object { $_.Code | Should -Match ([regex]::Escape($Name)) }
        @(Get-Help $Name -Examples).Count | Should -Be 1
    }

    It 'documents every parameter' {
        $parameters = (Get-Command $Name).Parameters.Keys | Where-Object { $_ -notin $script:Common }
        foreach ($parameter in $parameters) {
            $doc = $help.Parameters.Parameter | Where-Object Name -eq $parameter
            $doc | Should -Not -BeNullOrEmpty -Because "-$parameter must be documented"
            ($doc.Description.Text -join ' ') | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }
}

Describe 'about_Altegio' {
    It 'is found by Get-Help' {
        $about = Get-Help about_Altegio
        ($about | Out-String) | Should -Match 'ALTEGIO_PARTNER_TOKEN'
    }
}
