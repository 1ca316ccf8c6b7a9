namespace Altegio.PowerShell.Commands
{
    /// <summary>The Get-AltegioEventDuplicationStrategy cmdlet; its help for users is src/help/en-US/Get-AltegioEventDuplicationStrategy.md.</summary>
    [Cmdlet(VerbsCommon.Get, "AltegioEventDuplicationStrategy")]
    [OutputType(typeof(EventDuplicationStrategy))]
    public sealed class GetAltegioEventDuplicationStrategyCommand : AltegioLocationCmdlet
    {
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, long.MaxValue)]
        public long[]? Id { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            if (Id is { Length: > 0 })
            {
                ForEachItem(Id, id => WriteObject(Await(Client.EventDuplicationStrategies.GetAsync(companyId, id, Cancellation))));
                return;
            }

            ForItem(companyId, () =>
            {
                foreach (var strategy in Await(Client.EventDuplicationStrategies.ListAsync(companyId, Cancellation)))
                {
                    WriteObject(strategy);
                }
            });
        }
    }
}
