using System;
using System.Globalization;
using System.Management.Automation;
using Altegio.Models;
using Altegio.PowerShell.Base;
using Altegio.Resources;

namespace Altegio.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Changes group events: time, length, seats, team member, service, tags, resources or texts.</para>
    /// <para type="description">Changes only the parameters given. The API replaces the whole event on update, so the cmdlet reads the event, merges the changes and writes every field back: nothing you did not mention is lost. Checks the values before any request. A busy team member or resource is an Altegio.Conflict error; -Force saves anyway. With -PassThru the changed event is written.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "AltegioEvent", SupportsShouldProcess = true)]
    [OutputType(typeof(Event))]
    public sealed class SetAltegioEventCommand : AltegioChangeCmdlet
    {
        /// <summary>
        /// <para type="description">The ids of the events to change. Bound from piped events, numbers, or objects with an Id or EventId property.</para>
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("EventId")]
        [ValidateRange(1, long.MaxValue)]
        public long[] Id { get; set; } = Array.Empty<long>();

        /// <summary>
        /// <para type="description">A new start, as a clock time at the location (the DateTime's Kind is ignored).</para>
        /// </summary>
        [Parameter]
        [LocationTime]
        public DateTime? Start { get; set; }

        /// <summary>
        /// <para type="description">A new length, technical break included: a multiple of 5 minutes, at most 24 hours. A plain number is minutes.</para>
        /// </summary>
        [Parameter]
        [Duration]
        public TimeSpan? Duration { get; set; }

        /// <summary>
        /// <para type="description">A new number of seats: at least 1, and not below the seats already booked.</para>
        /// </summary>
        [Parameter]
        public int? Capacity { get; set; }

        /// <summary>
        /// <para type="description">A new team member. Piped events bind their own TeamMemberId, which writes back the value they were read with.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("StaffId")]
        [ArgumentCompleter(typeof(Completers.TeamMemberIdCompleter))]
        public long? TeamMemberId { get; set; }

        /// <summary>
        /// <para type="description">A new service. Piped events bind their own ServiceId, which writes back the value they were read with.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public long? ServiceId { get; set; }

        /// <summary>
        /// <para type="description">The event's new set of tags; it replaces the old one. -TagId @() removes every tag; an empty value from a piped object leaves the tags as they are.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(Completers.TagIdCompleter))]
        public long[]? TagId { get; set; }

        /// <summary>
        /// <para type="description">The event's new set of resource instances; it replaces the old one. -ResourceInstanceId @() frees them all; an empty value from a piped object leaves them as they are.</para>
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [IdList]
        [AllowEmptyCollection]
        public long[]? ResourceInstanceId { get; set; }

        /// <summary>
        /// <para type="description">A new comment; -Comment '' clears it.</para>
        /// </summary>
        [Parameter]
        [AllowEmptyString]
        public string? Comment { get; set; }

        /// <summary>
        /// <para type="description">A new colour, as #rrggbb.</para>
        /// </summary>
        [Parameter]
        [AllowEmptyString]
        [AllowNull]
        public string? Color { get; set; }

        /// <summary>
        /// <para type="description">New instructions for the clients; -Instructions '' clears them.</para>
        /// </summary>
        [Parameter]
        [AllowEmptyString]
        public string? Instructions { get; set; }

        /// <summary>
        /// <para type="description">A new stream link; -StreamLink '' clears it.</para>
        /// </summary>
        [Parameter]
        [AllowEmptyString]
        public string? StreamLink { get; set; }

        /// <summary>
        /// <para type="description">A new technical break inside the duration: 0 to 1 hour in steps of 5 minutes.</para>
        /// </summary>
        [Parameter]
        [Duration]
        public TimeSpan? TechnicalBreak { get; set; }

        /// <summary>
        /// <para type="description">Saves the change even when the team member or a resource is busy at the new time.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>
        /// <para type="description">Writes each changed event.</para>
        /// </summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private System.Collections.Generic.HashSet<string> _commandLine = new System.Collections.Generic.HashSet<string>();

        /// <inheritdoc />
        protected override void BeginProcessingCore()
        {
            // Only command-line parameters are bound at this point; piped values bind per record later.
            _commandLine = new System.Collections.Generic.HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
        }

        /// <inheritdoc />
        protected override void ProcessRecordCore()
        {
            var companyId = ResolveCompanyId();
            var changes = new EventChanges
            {
                TeamMemberId = TeamMemberId is > 0 ? TeamMemberId : null,
                ServiceId = ServiceId is > 0 ? ServiceId : null,
                Start = Start,
                Duration = Duration,
                Capacity = Capacity,
                TagIds = IdsGiven(TagId, nameof(TagId)),
                ResourceInstanceIds = IdsGiven(ResourceInstanceId, nameof(ResourceInstanceId)),
                Comment = Comment,
                Color = string.IsNullOrEmpty(Color) ? null : Color,
                Instructions = Instructions,
                StreamLink = StreamLink,
                TechnicalBreak = TechnicalBreak,
            };
            ChangeEach(Id, id => string.Format(CultureInfo.InvariantCulture, "Event {0} in location {1}", id, companyId), "Update",
                () => EventsApi.Validate(changes),
                async id =>
                {
                    var updated = await Client.Events.UpdateAsync(companyId, id, changes, Force, Cancellation).ConfigureAwait(false);
                    return PassThru ? updated : null;
                });
        }

        // An empty list clears only when typed on the command line (-TagId @()); an empty CSV cell means "not given".
        private long[]? IdsGiven(long[]? ids, string parameter)
        {
            if (ids is { Length: > 0 })
            {
                return ids;
            }

            return _commandLine.Contains(parameter) ? Array.Empty<long>() : null;
        }
    }
}
