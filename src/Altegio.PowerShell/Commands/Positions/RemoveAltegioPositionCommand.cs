namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioPosition cmdlet; its help for users is src/help/en-US/Remove-AltegioPosition.md.</summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioPosition", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioPositionCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PositionId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.PositionIdCompleter))]
        public long[] Id { get; set; } = System.Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore() => RemoveEach(Id, "Position", Client.Positions.DeleteAsync);
    }
}
