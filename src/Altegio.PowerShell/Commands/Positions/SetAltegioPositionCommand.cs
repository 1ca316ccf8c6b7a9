namespace Altegio.PowerShell.Commands
{
    /// <summary>The Set-AltegioPosition cmdlet; its help for users is src/help/en-US/Set-AltegioPosition.md.</summary>
    [Cmdlet(VerbsCommon.Set, "AltegioPosition", SupportsShouldProcess = true)]
    [OutputType(typeof(Position))]
    public sealed class SetAltegioPositionCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("PositionId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.PositionIdCompleter))]
        public long Id { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Description { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            Change(Id, Target("Position", Id, companyId), "Update", () => PositionsApi.ValidateChanges(Title, Description),
                () => ReadBack(Client.Positions.UpdateAsync(companyId, Id, Title, Description, Cancellation), PassThru, () => Client.Positions.GetAsync(companyId, Id, Cancellation)));
        }
    }
}
