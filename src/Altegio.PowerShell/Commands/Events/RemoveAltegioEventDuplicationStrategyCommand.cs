namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioEventDuplicationStrategy cmdlet; its help for users is src/help/en-US/Remove-AltegioEventDuplicationStrategy.md.</summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioEventDuplicationStrategy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioEventDuplicationStrategyCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore() => RemoveEach(Id, "Duplication strategy", Client.EventDuplicationStrategies.DeleteAsync);
    }
}
