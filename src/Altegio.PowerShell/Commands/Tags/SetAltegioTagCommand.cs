namespace Altegio.PowerShell.Commands
{
    /// <summary>The Set-AltegioTag cmdlet; its help for users is src/help/en-US/Set-AltegioTag.md.</summary>
    [Cmdlet(VerbsCommon.Set, "AltegioTag", SupportsShouldProcess = true)]
    [OutputType(typeof(Tag))]
    public sealed class SetAltegioTagCommand : AltegioChangeCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("TagId")]
        [ValidateRange(1, long.MaxValue)]
        [ArgumentCompleter(typeof(Completers.TagIdCompleter))]
        public long Id { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Title { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Color { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        public string? Icon { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            Change(Id, Target("Tag", Id, companyId), "Update", () => TagsApi.ValidateChanges(Title, Color, Icon),
                () => ReadBack(Client.Tags.UpdateAsync(companyId, Id, Title, Color, Icon, Cancellation), PassThru, () => Client.Tags.GetAsync(companyId, Id, Cancellation)));
        }
    }
}
