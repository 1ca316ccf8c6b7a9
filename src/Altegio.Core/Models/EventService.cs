namespace Altegio.Models
{
    /// <summary>A service that can run as a group event, with the team members who run it and their session lengths.</summary>
    public sealed class EventService
    {
        /// <summary>The service id (what New-AltegioEvent -ServiceId takes).</summary>
        public long Id { get; set; }

        /// <summary>The location the service was read through.</summary>
        public long CompanyId { get; set; }

        /// <summary>The service's name.</summary>
        public string Title { get; set; } = string.Empty;

        /// <summary>How many clients one event of it takes by default.</summary>
        public int? Capacity { get; set; }

        /// <summary>The lowest price.</summary>
        public decimal? PriceMin { get; set; }

        /// <summary>The highest price.</summary>
        public decimal? PriceMax { get; set; }

        /// <summary>True for a group-event service (the API's <c>is_multi</c>).</summary>
        public bool IsGroupEvent { get; set; }

        /// <summary>The service category's id.</summary>
        public long? CategoryId { get; set; }

        /// <summary>The service category's name.</summary>
        public string? CategoryTitle { get; set; }

        /// <summary>The team members who provide it, each with their session length.</summary>
        public IReadOnlyList<EventServiceTeamMember> TeamMembers { get; set; } = Array.Empty<EventServiceTeamMember>();

        /// <summary>The ids of the resources it takes.</summary>
        public IReadOnlyList<long> ResourceIds { get; set; } = Array.Empty<long>();

        /// <inheritdoc />
        public override string ToString() => Title;
    }

    /// <summary>A team member who provides an event service, and how long their session lasts.</summary>
    public sealed class EventServiceTeamMember
    {
        /// <summary>The team member id.</summary>
        public long Id { get; set; }

        /// <summary>The team member's name.</summary>
        public string? Name { get; set; }

        /// <summary>The length of one session with this team member.</summary>
        public TimeSpan? SessionLength { get; set; }

        /// <inheritdoc />
        public override string ToString() => (Name ?? Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            + (SessionLength is { } length ? " (" + length.ToString(@"h\:mm", System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty);
    }
}
