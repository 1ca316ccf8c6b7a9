namespace Altegio.PowerShell.Commands
{
    /// <summary>The Remove-AltegioEventDuplicationStrategy cmdlet; its help for users is src/help/en-US/Remove-AltegioEventDuplicationStrategy.md.</summary>
    [Cmdlet(VerbsCommon.Remove, "AltegioEventDuplicationStrategy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAltegioEventDuplicationStrategyCommand : AltegioLocationCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            ForEachItem(Id, id =>
            {
                if (ShouldProcess(string.Format(CultureInfo.InvariantCulture, "Duplication strategy {0} in location {1}", id, companyId), "Remove"))
                {
                    Await(Client.EventDuplicationStrategies.DeleteAsync(companyId, id, Cancellation));
                }
            });
        }
    }
}
