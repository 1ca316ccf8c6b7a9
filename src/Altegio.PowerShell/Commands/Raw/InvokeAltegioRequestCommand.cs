using System.Collections;
using System.Text.Json;
using Altegio.Http;
using Altegio.Json;

namespace Altegio.PowerShell.Commands
{
    /// <summary>The Invoke-AltegioRequest cmdlet; its help for users is src/help/en-US/Invoke-AltegioRequest.md.</summary>
    [Cmdlet(VerbsLifecycle.Invoke, "AltegioRequest", SupportsShouldProcess = true)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeAltegioRequestCommand : AltegioApiCmdlet
    {
        [Parameter(Position = 1)]
        public AltegioRequestMethod Method { get; set; } = AltegioRequestMethod.Get;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        [Parameter]
        public IDictionary? Query { get; set; }

        [Parameter]
        public object? Body { get; set; }

        [Parameter]
        public AltegioApiVersion? ApiVersion { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("LocationId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.CompanyIdCompleter))]
        public long CompanyId { get; set; }

        [Parameter]
        public SwitchParameter FullResponse { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var request = RawRequestBuilder.Build(Method.ToString(), Path, ApiVersion, CompanyId > 0 ? CompanyId : ActiveSession.CompanyId,
                Query, Body, Unwrap);
            if (Method != AltegioRequestMethod.Get && !ShouldProcess(request.Method.Method + " " + request.DisplayPath, "Send request"))
            {
                return;
            }

            using var document = Await(Client.SendAsync(request, Cancellation));
            if (FullResponse)
            {
                if (document.Root is { } root)
                {
                    WriteObject(PlainObjectAdapter.ToPowerShell(JsonTree.ToPlain(root)));
                }

                return;
            }

            if (document.Data is not { } data)
            {
                return;
            }

            if (data.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in data.EnumerateArray())
                {
                    WriteObject(PlainObjectAdapter.ToPowerShell(JsonTree.ToPlain(item)));
                }
            }
            else
            {
                WriteObject(PlainObjectAdapter.ToPowerShell(JsonTree.ToPlain(data)));
            }
        }
    }
}
