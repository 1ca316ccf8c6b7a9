using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Altegio.PowerShell.Hosted.Tests.Support;

/// <summary>What one script did: its output, every stream, and the terminating error if it stopped.</summary>
public sealed class ScriptResult
{
    public required IReadOnlyList<PSObject> Output { get; init; }
    public required IReadOnlyList<ErrorRecord> Errors { get; init; }
    public required IReadOnlyList<string> Verbose { get; init; }
    public required IReadOnlyList<string> Debug { get; init; }
    public required IReadOnlyList<string> Warnings { get; init; }
    public required RuntimeException? Terminating { get; init; }

    /// <summary>Every text a user could see or log: streams, error messages and the terminating error.</summary>
    public string AllText() => string.Join("\n",
        Output.Select(o => o?.ToString() ?? string.Empty)
            .Concat(Errors.Select(e => e + " " + e.ErrorDetails?.Message))
            .Concat(Verbose).Concat(Debug).Concat(Warnings)
            .Append(Terminating?.ToString() ?? string.Empty));
}

/// <summary>
/// A runspace with the laid-out module imported, its own capturing host, and (optionally) a session on
/// the mock server: what a user's console is, minus the console.
/// </summary>
public sealed class HostedPowerShell : IDisposable
{
    public const long CompanyId = 1001;

    private HostedPowerShell(Runspace runspace, CapturingHost host)
    {
        Runspace = runspace;
        Host = host;
    }

    public Runspace Runspace { get; }
    public CapturingHost Host { get; }

    public static HostedPowerShell Start(MockProcess mock, bool connect = true)
    {
        var host = new CapturingHost();
        var state = InitialSessionState.CreateDefault();
        var runspace = RunspaceFactory.CreateRunspace(host, state);
        runspace.Open();
        var session = new HostedPowerShell(runspace, host);
        session.MustSucceed("Import-Module $args[0] -ErrorAction Stop", TestPaths.RequireModuleManifest());
        if (connect)
        {
            session.MustSucceed(
                "Connect-Altegio -PartnerToken (ConvertTo-SecureString 'demo-partner-token' -AsPlainText -Force) " +
                "-UserToken (ConvertTo-SecureString 'demo-user-token' -AsPlainText -Force) -CompanyId $args[0] -BaseUri $args[1] " +
                "-RequestsPerSecond 0 -RequestsPerMinute 0",
                CompanyId, mock.BaseUri.ToString());
        }

        return session;
    }

    /// <summary>Runs a script; <c>$args</c> holds the arguments. Never throws for the script's own errors.</summary>
    public ScriptResult Run(string script, params object?[] arguments)
    {
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = Runspace;
        ps.AddScript(script);
        foreach (var argument in arguments)
        {
            ps.AddArgument(argument);
        }

        IReadOnlyList<PSObject> output = Array.Empty<PSObject>();
        RuntimeException? terminating = null;
        try
        {
            output = ps.Invoke().ToList();
        }
        catch (RuntimeException ex)
        {
            terminating = ex;
        }

        return new ScriptResult
        {
            Output = output,
            Errors = ps.Streams.Error.ToList(),
            Verbose = ps.Streams.Verbose.Select(v => v.Message).ToList(),
            Debug = ps.Streams.Debug.Select(d => d.Message).ToList(),
            Warnings = ps.Streams.Warning.Select(w => w.Message).ToList(),
            Terminating = terminating,
        };
    }

    /// <summary>Runs a script that must neither stop nor write an error.</summary>
    public IReadOnlyList<PSObject> MustSucceed(string script, params object?[] arguments)
    {
        var result = Run(script, arguments);
        if (result.Terminating is not null || result.Errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"'{script}' failed: {result.Terminating?.Message ?? string.Join("; ", result.Errors.Select(e => e.FullyQualifiedErrorId + ": " + e))}");
        }

        return result.Output;
    }

    public void Dispose() => Runspace.Dispose();
}
