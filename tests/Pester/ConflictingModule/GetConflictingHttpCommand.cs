using System.Management.Automation;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Uses its Microsoft.Extensions.Http, so that copy is loaded into the default context before Altegio
/// is imported. Returns the version of the assembly that actually served IHttpClientFactory.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ConflictingHttp")]
public sealed class GetConflictingHttpCommand : PSCmdlet
{
    protected override void ProcessRecord()
    {
        var services = new ServiceCollection();
        services.AddHttpClient();
        var factory = services.BuildServiceProvider().GetRequiredService<System.Net.Http.IHttpClientFactory>();
        WriteObject(factory.GetType().Assembly.GetName().Version.ToString());
    }
}
