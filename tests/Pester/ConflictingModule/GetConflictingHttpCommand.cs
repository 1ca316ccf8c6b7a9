using System.Management.Automation;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Uses Microsoft.Extensions.Http 6.0, so it is loaded into the default context.</summary>
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
