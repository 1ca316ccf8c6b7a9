namespace Altegio.PowerShell.Commands
{
    /// <summary>The New-AltegioTag cmdlet; its help for users is src/help/en-US/New-AltegioTag.md.</summary>
    [Cmdlet(VerbsCommon.New, "AltegioTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    public sealed class NewAltegioTagCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [AllowEmptyString]
        public string Title { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Color { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public TagEntity? Entity { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Icon { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var target = string.Format(CultureInfo.InvariantCulture, "Tag '{0}' in location {1}", Title, companyId);
            Change(Title, target, "Create",
                () =>
                {
                    TagsApi.ValidateTitle(Title);
                    TagsApi.ValidateColor(Color);
                },
                () => Client.Tags.CreateAsync(companyId, Title, Color, Entity, Icon, Cancellation));
        }
    }
}
