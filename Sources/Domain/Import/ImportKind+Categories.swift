extension ImportKind {
    /// The categories of a person's information a file of this kind carries, for the access
    /// log: importing (or comparing, in a dry run) reads and writes exactly these.
    ///
    /// `people` carries the date of birth (`contact-details`), the referral and history
    /// (`notes`) and each disadvantage's category (PRODUCT.md, "Consent"): homelessness
    /// `housing`, mental ill health `health`, substance misuse `substance-use`, domestic abuse
    /// `safety`, offending `justice`. Quarter records carry the categories REPORTS.md gives
    /// their settings and kinds. A `survey` carries the person's own account of their support,
    /// kept under `story` like their own words. `trusted-people`, `barriers` and `training`
    /// are about no individual.
    public var informationCategories: Set<InformationCategory> {
        switch self {
        case .people: [.contactDetails, .notes, .housing, .health, .substanceUse, .safety, .justice]
        case .trustLinks: [.notes, .story]
        case .star, .ndt: [.assessments]
        case .accommodation: [.housing]
        case .serviceUse: [.justice, .health, .housing]
        case .survey: [.story]
        case .trustedPeople, .barriers, .training: []
        }
    }

    /// Whether a file of this kind holds rows about individuals.
    public var isAboutIndividuals: Bool { !informationCategories.isEmpty }
}
