using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Text.RegularExpressions;
using Altegio.PowerShell.Hosted.Tests.Support;
using Xunit;

namespace Altegio.PowerShell.Hosted.Tests;

/// <summary>
/// The module's conventions, read from the commands PowerShell itself built at import (Get-Command's
/// CmdletInfo), so what is checked is what users get, not how attributes are written.
/// </summary>
public sealed class CommandMetadataTests : HostedTest
{
    private static readonly string[] MutatingVerbs = { "New", "Set", "Remove", "Add", "Move", "Update", "Clear", "Copy", "Sync", "Register", "Unregister" };
    private static readonly string[] SessionlessCommands = { "Connect-Altegio", "Disconnect-Altegio", "Get-AltegioSession" };

    public CommandMetadataTests(MockFixture fixture) : base(fixture) { }

    private IReadOnlyList<CmdletInfo> Commands() =>
        Shell.MustSucceed("Get-Command -Module Altegio -CommandType Cmdlet").Select(o => (CmdletInfo)o.BaseObject).ToList();

    [Fact]
    public void EveryCommandUsesAnApprovedVerbAndTheAltegioNoun()
    {
        var approved = Shell.MustSucceed("Get-Verb | ForEach-Object Verb").Select(o => o.ToString()).ToHashSet();
        var commands = Commands();

        Assert.True(commands.Count >= 24, "the module exports its cmdlets");
        Assert.All(commands, c => Assert.Contains(c.Verb, approved));
        Assert.All(commands, c => Assert.StartsWith("Altegio", c.Noun, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryCommandDeclaresItsOutputType()
    {
        foreach (var command in Commands().Where(c => c.Verb is not ("Remove" or "Disconnect")))
        {
            Assert.True(command.OutputType.Count > 0, command.Name + " declares no OutputType");
        }
    }

    [Fact]
    public void CommandsThatChangeDataSupportWhatIfAndOnlyRemovePromptsByDefault()
    {
        foreach (var command in Commands())
        {
            var attribute = (CmdletAttribute)Attribute.GetCustomAttribute(command.ImplementingType, typeof(CmdletAttribute))!;
            if (MutatingVerbs.Contains(command.Verb))
            {
                Assert.True(command.Parameters.ContainsKey("WhatIf") && command.Parameters.ContainsKey("Confirm"), command.Name + " changes data without -WhatIf/-Confirm");
            }

            var expected = command.Verb == "Remove" ? ConfirmImpact.High : ConfirmImpact.Medium;
            if (attribute.SupportsShouldProcess)
            {
                Assert.True(command.Verb == "Remove" ? attribute.ConfirmImpact == ConfirmImpact.High : attribute.ConfirmImpact != ConfirmImpact.High,
                    $"{command.Name} has ConfirmImpact {attribute.ConfirmImpact}, expected {expected}");
            }
        }
    }

    [Fact]
    public void IdsBindByPropertyNameInEverySet()
    {
        foreach (var command in Commands().Where(c => c.Name != "Connect-Altegio"))
        {
            foreach (var parameter in command.Parameters.Values.Where(p => IsIdParameter(p)))
            {
                Assert.All(parameter.ParameterSets, set =>
                    Assert.True(set.Value.ValueFromPipelineByPropertyName, $"{command.Name} -{parameter.Name} does not bind by property name in set {set.Key}"));
            }
        }
    }

    [Fact]
    public void CompanyIdAlsoAnswersToLocationId()
    {
        foreach (var command in Commands().Where(c => c.Parameters.ContainsKey("CompanyId")))
        {
            Assert.Contains("LocationId", command.Parameters["CompanyId"].Aliases);
        }
    }

    [Fact]
    public void NoSecretIsTakenAsPlainText()
    {
        foreach (var command in Commands())
        {
            foreach (var parameter in command.Parameters.Values.Where(p => Regex.IsMatch(p.Name, "Token|Password|Secret|Credential", RegexOptions.IgnoreCase)))
            {
                Assert.True(parameter.ParameterType == typeof(SecureString) || parameter.ParameterType == typeof(PSCredential),
                    $"{command.Name} -{parameter.Name} is a {parameter.ParameterType.Name}");
            }
        }
    }

    [Fact]
    public void EveryApiCommandTakesSession()
    {
        foreach (var command in Commands().Where(c => !SessionlessCommands.Contains(c.Name)))
        {
            Assert.True(command.Parameters.TryGetValue("Session", out var session), command.Name + " has no -Session");
            Assert.Equal("Altegio.AltegioSession", session!.ParameterType.FullName);
        }
    }

    private static bool IsIdParameter(ParameterMetadata parameter) =>
        parameter.Name.EndsWith("Id", StringComparison.Ordinal) &&
        (parameter.ParameterType == typeof(long) || parameter.ParameterType == typeof(long[]) || parameter.ParameterType == typeof(long?));
}
