import Testing

@testable import App

@Suite struct CircleOfTrustPictureTests {
    @Test(arguments: [0, 1, 15, 30])
    func svgIsWellFormedXML(count: Int) throws {
        let svg = CircleOfTrustPicture(Circles.tree(count: count)).svg()
        let check = try #require(SVGDocument(svg))
        #expect(check.elements.first?.name == "svg")
        #expect(check.elements.first?.attributes["width"] == "100%")
        #expect(check.elements.first?.attributes["viewBox"] != nil)
    }

    @Test(arguments: [0, 1, 15, 30])
    func hasNoInlineStylesScriptsOrExternalReferences(count: Int) {
        let svg = CircleOfTrustPicture(Circles.tree(count: count)).svg()
        #expect(!svg.contains(" style="))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<style"))
        #expect(!svg.contains("href"))
    }

    @Test func escapesSpecialCharactersInNames() throws {
        let name = #"Tom & Jerry's <"Café">"#
        let input = Circles.input([Member(id: 1, name: name, startedOn: "1 Mar 2026")], name: "A&B <C>")
        let svg = CircleOfTrustPicture(input).svg()
        #expect(svg.contains("Tom &amp; Jerry&apos;s &lt;&quot;Café&quot;&gt;"))
        #expect(!svg.contains("Jerry's"))
        let check = try #require(SVGDocument(svg))
        #expect(check.allTexts.contains { $0.hasPrefix(name) })
        #expect(check.allTexts.contains("Circle of trust for A&B <C>"))
    }

    @Test func titleAndDescriptionAreNamedByAriaLabelledby() throws {
        let check = try #require(SVGDocument(CircleOfTrustPicture(Circles.tree(count: 3), idPrefix: "cot").svg()))
        let root = try #require(check.elements.first)
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "cot-title cot-desc")
        let ids = Set(check.elements.compactMap { $0.attributes["id"] })
        #expect(ids == ["cot-title", "cot-desc"])
        #expect(check.elements[1].name == "title")
        #expect(check.elements[2].name == "desc")
    }

    @Test func descriptionSummarisesActiveProposedEndedAndUnsafeLinks() {
        let input = Circles.input([
            Member(id: 1, name: "Sam", role: .primary, isFirst: true, startedOn: "3 Mar 2026"),
            Member(id: 2, name: "Ali", role: .backup, introducedBy: 1, startedOn: "4 Mar 2026"),
            Member(id: 3, name: "Kim", status: .proposed, introducedBy: 2, startedOn: "5 Mar 2026"),
            Member(
                id: 4, name: "Pat", role: .interim, status: .ended, startedOn: "1 Jan 2026", endedOn: "3 Mar 2026",
                endReason: "handover"),
            Member(id: 5, name: "Lee", status: .proposed, startedOn: "6 Mar 2026", unsafe: true),
        ])
        let summary = CircleOfTrustPicture(input).summary
        #expect(
            summary.hasPrefix(
                "Jo is at the centre. 2 active links: Sam (primary, first trusted person, since 3 Mar 2026), Ali (back-up, introduced by Sam, since 4 Mar 2026);"
            ))
        #expect(summary.contains("1 proposed link: Kim (trusted, introduced by Ali, since 5 Mar 2026)"))
        #expect(summary.contains("1 ended link: Pat (interim coordinator, ended 3 Mar 2026: handover)."))
        #expect(summary.hasSuffix("1 person marked unsafe: Lee."))
    }

    @Test func emptyCircleShowsTheIndividualAloneWithNoOneYet() throws {
        let picture = CircleOfTrustPicture(Circles.input([]))
        let check = try #require(SVGDocument(picture.svg()))
        #expect(check.allTexts.contains("No one yet"))
        #expect(check.allTexts.contains("Jo"))
        #expect(picture.summary == "Jo is at the centre. No one is in the circle of trust yet.")
    }

    @Test func firstTrustedPersonHasTheBlueHighlight() throws {
        let check = try #require(SVGDocument(CircleOfTrustPicture(Circles.tree(count: 15)).svg()))
        let picture = check.elements.prefix { $0.attributes["data-legend"] == nil }
        let highlights = picture.filter { $0.attributes["data-highlight"] == "first" }
        #expect(highlights.count == 1)
        #expect(highlights.first?.attributes["fill"] == CircleOfTrustTheme.firstBlue)
        #expect(check.allTexts.contains("First trusted person"))
    }

    @Test func endedLinksAreFadedAndOthersAreNot() throws {
        let input = Circles.tree(count: 15)
        let check = try #require(SVGDocument(CircleOfTrustPicture(input).svg()))
        for member in input.members {
            let link = try #require(check.elements.first { $0.attributes["data-link"] == String(member.id) })
            let group = try #require(check.elements.first { $0.attributes["data-member"] == String(member.id) })
            let ended = member.status == .ended
            #expect(link.attributes["opacity"] == (ended ? "0.35" : nil))
            #expect(group.attributes["opacity"] == (ended ? "0.55" : nil))
        }
    }

    @Test func unsafeMemberIsDrawnRedAndDashedNeverAsTrusted() throws {
        let input = Circles.input([
            Member(id: 9, name: "Lee", role: .trusted, status: .proposed, startedOn: "1 Mar 2026", unsafe: true)
        ])
        let check = try #require(SVGDocument(CircleOfTrustPicture(input).svg()))
        let link = try #require(check.elements.first { $0.attributes["data-link"] == "9" })
        #expect(link.attributes["stroke"] == CircleOfTrustTheme.unsafeRed)
        #expect(link.attributes["stroke-dasharray"] != nil)
        #expect(check.allTexts.contains("⚠ Marked unsafe"))
        #expect(!check.allTexts.contains("Trusted · proposed"))
    }

    @Test func longNamesWrapOntoTwoLinesAndOnlyAWordTooLongIsShortenedButWholeInTitles() throws {
        let long = "Bartholomew Fitzwilliam-Montgomery"
        let check = try #require(
            SVGDocument(
                CircleOfTrustPicture(Circles.input([Member(id: 1, name: long, startedOn: "1 Mar 2026")])).svg()))
        #expect(check.allTexts.contains("Bartholomew"))
        #expect(check.allTexts.contains("Fitzwilliam-Montg…"))
        #expect(check.allTexts.contains { $0.hasPrefix(long + " — ") })
    }

    @Test func aServiceNameWrapsWholeOntoTwoLines() throws {
        let service = "Ouse Valley Recovery Service"
        let check = try #require(
            SVGDocument(
                CircleOfTrustPicture(Circles.input([Member(id: 1, name: service, kind: .service, startedOn: "1 Mar 2026")])).svg()))
        #expect(check.allTexts.contains("Ouse Valley"))
        #expect(check.allTexts.contains("Recovery Service"))
        #expect(!check.allTexts.contains { $0.contains("…") })
    }
}
