namespace Altegio.PowerShell.Commands
{
    /// <summary>The New-AltegioPosition cmdlet; its help for users is src/help/en-US/New-AltegioPosition.md.</summary>
    [Cmdlet(VerbsCommon.New, "AltegioPosition", SupportsShouldProcess = true)]
    [OutputType(typeof(Position))]
    public sealed class NewAltegioPositionCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Title { get; set; } = string.Empty;

        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Description { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var target = string.Format(CultureInfo.InvariantCulture, "Position '{0}' in location {1}", Title, companyId);
            Change(Title, target, "Create",
                () =>
                {
                    PositionsApi.ValidateTitle(Title);
                    PositionsApi.ValidateDescription(Text.NullIfEmpty(Description));
                },
                () => Client.Positions.CreateAsync(companyId, Title, Description, Cancellation));
        }
    }
}
