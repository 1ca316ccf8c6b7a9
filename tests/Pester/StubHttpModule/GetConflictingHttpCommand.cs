using System.Management.Automation;

/// <summary>Reports the stub's own assembly version; importing the module has already loaded it.</summary>
[Cmdlet(VerbsCommon.Get, "ConflictingHttp")]
public sealed class GetConflictingHttpCommand : PSCmdlet
{
    protected override void ProcessRecord() => WriteObject("stub " + typeof(GetConflictingHttpCommand).Assembly.GetName().Version);
}
