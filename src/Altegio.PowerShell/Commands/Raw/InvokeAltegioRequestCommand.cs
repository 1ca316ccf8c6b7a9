using System.Collections;
using System.Management.Automation;
using System.Text.Json;
using Altegio.Http;
using Altegio.Json;
using Altegio.PowerShell.Base;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Sends any Altegio API request with the session's tokens, limits, retries and error handling.</para>
    /// <para type="description">Reaches the API operations that have no cmdlet. The path is relative to the version root and may contain {CompanyId}. The response's data items are written as objects; -FullResponse writes the whole document. Failures become the same ErrorRecords as the other cmdlets'. Requests other than GET honour -WhatIf and -Confirm.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "AltegioRequest", SupportsShouldProcess = true)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeAltegioRequestCommand : AltegioApiCmdlet
    {
        /// <summary>
        /// <para type="description">The HTTP method. Default Get.</para>
        /// </summary>
        [Parameter(Position = 1)]
        public AltegioRequestMethod Method { get; set; } = AltegioRequestMethod.Get;

        /// <summary>
        /// <para type="description">The path below the version root, such as 'locations/{CompanyId}/services' or 'v1/companies'. {CompanyId} is replaced with -CompanyId or the session's default.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>
        /// <para type="description">Query parameters. An array value repeats the key, as the API expects for filters such as filter[master_ids][].</para>
        /// </summary>
        [Parameter]
        public IDictionary? Query { get; set; }

        /// <summary>
        /// <para type="description">The request body: a hashtable, an object or an array (sent as JSON), or a JSON string.</para>
        /// </summary>
        [Parameter]
        public object? Body { get; set; }

        /// <summary>
        /// <para type="description">The API generation, V1 or V2. Default V2, unless the path starts with v1/ or v2/.</para>
        /// </summary>
        [Parameter]
        public AltegioApiVersion? ApiVersion { get; set; }

        /// <summary>
        /// <para type="description">The location id for a {CompanyId} placeholder in the path. Defaults to the session's.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("LocationId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.CompanyIdCompleter))]
        public long CompanyId { get; set; }

        /// <summary>
        /// <para type="description">Writes the whole response document (data, meta, included) as one object instead of its data items.</para>
        /// </summary>
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
