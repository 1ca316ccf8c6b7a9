namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioTag cmdlet; its help for users is src/help/en-US/Remove-AltegioTag.md.</summary>
    /// <remarks>
    /// One parameter set on purpose: with a second, InputObject set, PowerShell binds piped objects against
    /// the default set only, so either piped tags or CSV rows (TagId, LocationId) stop binding. Id and
    /// CompanyId by property name take both.
    /// </remarks>
    [Cmdlet(VerbsCommon.Remove, "AltegioTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioTagCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TagIdCompleter))]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore() => RemoveEach(Id, "Tag", Client.Tags.DeleteAsync);
    }
}
