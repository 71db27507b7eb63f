
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.feedback': `‮Was this helpful? Tell us‬`,
'card.title': `‮Treatment when neuroblastoma has come back or not gone away‬`,
'card.trials-link': `‮See our list of clinical trials‬`,
'common.translation-unreviewed': `‮This translation has not yet been checked by a medical reviewer.‬`,
'credits.care-team-short': `‮It does not replace your child’s care team.‬`,
'credits.gov-uk': str`‮Bank holiday dates:‬ ${0}‮.‬`,
'credits.ofcom': str`‮Freephone rules:‬ ${0}‮, the UK phone regulator.‬`,
'credits.overdue-partner-checked': str`‮The Cancer Research UK page is overdue for review.‬ ${0} ‮checked this information on‬ ${1}‮.‬`,
'credits.overdue-partner-lapsed': str`‮The Cancer Research UK page is overdue for review.‬ ${0} ‮checked this information on‬ ${1}‮, and their next check is due too.‬`,
'credits.partner-check': str`‮Checked by‬ ${0} ‮on‬ ${1}‮.‬`,
'credits.partner-check-due': str`‮Checked by‬ ${0} ‮on‬ ${1}‮; next check due‬ ${2}‮.‬`,
'credits.reference-note': str`‮Checked against‬ ${0}‮,‬ ${1}`,
'credits.references': str`‮Word explanations:‬ ${0}`,
'credits.references-unnamed': `‮Word explanations: public medical references.‬`,
'credits.registry': str`‮Trial details from the trial registries, checked‬ ${0}‮.‬`,
'glossary-ui.class.chemotherapy': `‮Chemotherapy‬`,
'glossary-ui.class.concept': `‮Medical word‬`,
'glossary-ui.class.enzyme': `‮Enzyme treatment‬`,
'glossary-ui.class.immunotherapy': `‮Immunotherapy‬`,
'glossary-ui.class.radiotherapy': `‮Radiotherapy‬`,
'glossary-ui.class.retinoid': `‮Retinoid‬`,
'glossary-ui.class.targeted-drug': `‮Targeted drug‬`,
'glossary-ui.label': `‮Glossary‬`,
'glossary-ui.more': `‮More in the glossary‬`,
'glossary.arginine.definition': `‮Arginine is an amino acid: one of the building blocks of protein. Cancer cells need it to grow and divide.‬`,
'glossary.arginine.name': `‮arginine‬`,
'glossary.bct-100.definition': `‮BCT-100 (pegylated recombinant human arginase) is a medicine made from a human enzyme. It breaks down arginine in the blood.‬`,
'glossary.bct-100.name': `‮BCT-100‬`,
'glossary.bevacizumab.definition': `‮Bevacizumab is a monoclonal antibody. It blocks a signal that tumours use to grow new blood vessels.‬`,
'glossary.bevacizumab.name': `‮bevacizumab‬`,
'glossary.chemotherapy.definition': `‮Chemotherapy means drugs that kill cancer cells or stop them from dividing.‬`,
'glossary.chemotherapy.name': `‮chemotherapy‬`,
'glossary.clinical-trial.definition': `‮A clinical trial is a research study that tests a treatment with people.‬`,
'glossary.clinical-trial.name': `‮clinical trial‬`,
'glossary.cyclophosphamide.definition': `‮Cyclophosphamide is a chemotherapy drug. It slows down or stops the growth of cancer cells.‬`,
'glossary.cyclophosphamide.name': `‮cyclophosphamide‬`,
'glossary.dinutuximab-beta.definition': `‮Dinutuximab beta is an immunotherapy drug. It is an antibody that sticks to a marker on neuroblastoma cells. This helps the immune system attack them.‬`,
'glossary.dinutuximab-beta.name': `‮dinutuximab beta‬`,
'glossary.entrectinib.definition': `‮Entrectinib is a targeted cancer drug. It blocks some proteins that can tell cancer cells to grow.‬`,
'glossary.entrectinib.name': `‮entrectinib‬`,
'glossary.idasanutlin.definition': `‮Idasanutlin is a targeted cancer drug. It blocks a protein that holds back one of the cell’s own defences against cancer.‬`,
'glossary.idasanutlin.name': `‮idasanutlin‬`,
'glossary.immunotherapy.definition': `‮Immunotherapy is treatment that helps the immune system fight cancer.‬`,
'glossary.immunotherapy.name': `‮immunotherapy‬`,
'glossary.induction-treatment.definition': `‮Induction treatment is the first part of a course of cancer treatment.‬`,
'glossary.induction-treatment.name': `‮induction treatment‬`,
'glossary.irinotecan.definition': `‮Irinotecan is a chemotherapy drug. It blocks a protein that cells need to divide.‬`,
'glossary.irinotecan.name': `‮irinotecan‬`,
'glossary.isotretinoin.definition': `‮Isotretinoin, also called 13-cis-retinoic acid, is a retinoid. This means it is related to vitamin A. It is thought to help some cancer cells grow into normal cells.‬`,
'glossary.isotretinoin.name': `‮isotretinoin‬`,
'glossary.lorlatinib.definition': `‮Lorlatinib is a targeted cancer drug. It blocks a protein that can make some tumours grow out of control.‬`,
'glossary.lorlatinib.name': `‮lorlatinib‬`,
'glossary.ly3295668-erbumine.definition': `‮LY3295668 erbumine is a targeted cancer drug. It blocks a protein that cells use when they divide.‬`,
'glossary.ly3295668-erbumine.name': `‮LY3295668 erbumine‬`,
'glossary.mibg-scan.definition': `‮An mIBG scan uses a small amount of radioactive mIBG. Neuroblastoma cells take it in. Then the scan shows where the cancer is.‬`,
'glossary.mibg-scan.name': `‮mIBG scan‬`,
'glossary.mibg.definition': `‮mIBG (meta-iodobenzylguanidine) is much like noradrenaline, a chemical the body makes. Neuroblastoma cells take it in. With radioactive iodine joined on, it can show these tumours on a scan. With iodine-131 (131I-mIBG), it is also used to treat them.‬`,
'glossary.mibg.name': `‮mIBG‬`,
'glossary.monoclonal-antibody.definition': `‮A monoclonal antibody is a protein made in a lab. It sticks to just one target.‬`,
'glossary.monoclonal-antibody.name': `‮monoclonal antibody‬`,
'glossary.refractory.definition': `‮Refractory means the neuroblastoma is still there after treatment. The treatment has not got rid of it.‬`,
'glossary.refractory.name': `‮refractory‬`,
'glossary.relapsed.definition': `‮Relapsed means the neuroblastoma has come back after it was treated. It is also called recurrent.‬`,
'glossary.relapsed.name': `‮relapsed‬`,
'glossary.risk-group.definition': `‮Doctors put each child’s neuroblastoma in a low, intermediate or high risk group. They use tests of the child and the tumour. The group helps them decide how strong the treatment should be.‬`,
'glossary.risk-group.name': `‮risk group‬`,
'glossary.specialist.definition': `‮A specialist is a doctor with extra training. Your child’s specialist is trained to treat cancer in children.‬`,
'glossary.specialist.name': `‮specialist‬`,
'glossary.surgery.definition': `‮Surgery is an operation to take out the tumour.‬`,
'glossary.surgery.name': `‮surgery‬`,
'glossary.targeted-cancer-drug.definition': `‮A targeted cancer drug is aimed at things that cancer cells need to survive.‬`,
'glossary.targeted-cancer-drug.name': `‮targeted cancer drug‬`,
'glossary.targeted-radiotherapy.definition': `‮Targeted radiotherapy is a way of giving radiation. mIBG takes it into the cancer cells.‬`,
'glossary.targeted-radiotherapy.name': `‮targeted radiotherapy (mIBG therapy)‬`,
'glossary.temozolomide.definition': `‮Temozolomide is a chemotherapy drug that is taken by mouth.‬`,
'glossary.temozolomide.name': `‮temozolomide‬`,
'glossary.thiotepa.definition': `‮Thiotepa is a chemotherapy drug. It damages the DNA in cells, so they cannot divide.‬`,
'glossary.thiotepa.name': `‮thiotepa‬`,
'glossary.topotecan.definition': `‮Topotecan is a chemotherapy drug. It blocks a protein that cells need to copy their DNA.‬`,
'glossary.topotecan.name': `‮topotecan‬`,
'glossary.venetoclax.definition': `‮Venetoclax is a targeted cancer drug. It blocks a protein that helps decide whether a cell lives or dies.‬`,
'glossary.venetoclax.name': `‮venetoclax‬`,
'helpline.abroad': `‮Numbers that start with 080 are free to call from UK landlines and mobiles. From outside the UK they may not connect, or may not be free.‬`,
'helpline.all-day': `‮24 hours‬`,
'helpline.bank-holiday-credit': `‮Bank holidays: GOV.UK‬`,
'helpline.bank-holiday-note': `‮The line may be closed on bank holidays.‬`,
'helpline.bank-holiday-today': `‮The line may be closed today because it is a bank holiday.‬`,
'helpline.call': str`‮Call‬ ${0}`,
'helpline.closed-unknown': `‮Closed now.‬`,
'helpline.dismiss': `‮Hide helpline information‬`,
'helpline.freephone': `‮Freephone‬`,
'helpline.hours-line': str`${0}‮,‬ ${1} ‮(UK time)‬`,
'helpline.label': `‮Helpline‬`,
'helpline.open-all-day': `‮Usually open now, day and night‬`,
'helpline.open-until': str`‮Usually open now, until‬ ${0}`,
'helpline.opens-again-on': str`‮It usually opens again on‬ ${0} ‮at‬ ${1}‮.‬`,
'helpline.opens-again-tomorrow': str`‮It usually opens again tomorrow at‬ ${0}‮.‬`,
'helpline.opens-on': str`‮Closed now. Usually opens on‬ ${0} ‮at‬ ${1}`,
'helpline.opens-today': str`‮Closed now. Usually opens today at‬ ${0}`,
'helpline.opens-tomorrow': str`‮Closed now. Usually opens tomorrow at‬ ${0}`,
'helpline.org': `‮Cancer Research UK nurses‬`,
'helpline.range': str`${0} ‮to‬ ${1}`,
'helpline.summary': str`‮The Cancer Research UK nurses take calls on‬ ${0}‮, a Freephone number. The lines are open from Monday to Friday, 9am to 5pm UK time.‬`,
'helpline.uk-and-local-time': str`${0} ‮UK time (‬${1} ‮your time)‬`,
'helpline.uk-time': str`${0} ‮UK time‬`,
'list.comma': `‮,‬`,
'meta.checked': str`‮We last checked this content against the Cancer Research UK page on‬ ${0}‮.‬`,
'meta.no-reviewer': `‮No medical reviewer has checked this content yet.‬`,
'meta.reviewer': str`‮Checked by medical reviewer‬ ${0}‮.‬`,
'meta.version': str`‮Content version‬ ${0}`,
'source.attribution': `‮Based on information from Cancer Research UK‬`,
'source.due-soon': `‮This information is due to be reviewed soon.‬`,
'source.last-reviewed': str`‮Source page last reviewed:‬ ${0}`,
'source.link': `‮Read the Cancer Research UK page‬`,
'source.next-review': str`‮Next review due:‬ ${0}`,
'source.overdue': `‮This information is overdue for review, so some of it may be out of date. Your child’s specialist can tell you what is right for your child.‬`,
'sources.accessed': str`‮Accessed‬ ${0}`,
'sources.and-others': str`${0} ‮and others‬`,
'sources.edition': str`‮Edition‬ ${0}`,
'sources.further': html`‮For more references, Cancer Research UK asks you to email‬
        <a href="mailto:patientinformation@cancer.org.uk">‮patientinformation@cancer.org.uk‬</a>‮.‬`,
'sources.heading': `‮Sources‬`,
'sources.intro': `‮Cancer Research UK based its page on searches of research papers. Specialists checked it. The page lists these sources:‬`,
'treatment.care-team-note': `‮This information does not replace advice from your child’s care team.‬`,
'treatment.depends.list': html`<p>‮The right treatment for your child depends on:‬</p>
        <ul>
          <li>‮where the cancer has come back‬</li>
          <li>
            ‮the‬ <nb-drug-term term="risk-group">‮risk group‬</nb-drug-term> ‮your child was in at first
            (low, intermediate or high risk)‬
          </li>
          <li>‮the treatment your child has had already‬</li>
          <li>‮how serious any side effects are now, or were before‬</li>
        </ul>`,
'treatment.find-trial.database': html`‮You can look for a trial on the‬
        <a href="https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial" lang="en-GB">‮Cancer Research UK clinical trials database‬</a>‮.‬`,
'treatment.further.drugs': html`‮Some children go on to have other treatments. One is an‬
        <nb-drug-term term="immunotherapy">‮immunotherapy‬</nb-drug-term> ‮drug such as‬
        <nb-drug-term term="dinutuximab-beta">‮dinutuximab beta‬</nb-drug-term>‮. Another is‬
        <nb-drug-term term="isotretinoin">‮isotretinoin‬</nb-drug-term> ‮(13-cis-retinoic acid), a
        substance related to vitamin A.‬`,
'treatment.further.trial': html`‮Your child’s doctor might suggest treatment as part of a‬
        <nb-drug-term term="clinical-trial">‮clinical trial‬</nb-drug-term>‮. A trial is likely to try
        newer treatments.‬`,
'treatment.heading.about': `‮About this information‬`,
'treatment.heading.depends': `‮What treatment depends on‬`,
'treatment.heading.find-trial': `‮Find a clinical trial‬`,
'treatment.heading.further': `‮Other treatments‬`,
'treatment.heading.helpline': `‮Talk to a nurse‬`,
'treatment.heading.meaning': `‮What relapsed and refractory mean‬`,
'treatment.heading.options': `‮Treatment options‬`,
'treatment.heading.research': `‮Research into new treatments‬`,
'treatment.heading.specialist': `‮Talk to your child’s specialist‬`,
'treatment.meaning.outlook': `‮It can be harder to treat. But there are treatments for it, and research aims to make them better.‬`,
'treatment.meaning.refractory': html`‮If treatment does not get rid of neuroblastoma, doctors call it‬
        <nb-drug-term term="refractory">‮refractory‬</nb-drug-term>‮.‬`,
'treatment.meaning.relapsed': html`‮If neuroblastoma has come back after treatment, doctors call it‬
        <nb-drug-term term="relapsed">‮relapsed‬</nb-drug-term>‮. It is also called recurrent.‬`,
'treatment.options.high-chemotherapy': html`‮The‬ <nb-drug-term term="chemotherapy">‮chemotherapy‬</nb-drug-term> ‮is likely to be
        different from the first time. The choice depends on the treatments your child had before,
        and on any side effects they had.‬`,
'treatment.options.high-heading': `‮High risk‬`,
'treatment.options.high-intensity': `‮If your child’s neuroblastoma is high risk, their treatment is usually more intense. It is likely to be a mix of treatments again.‬`,
'treatment.options.high-mibg': html`‮Your child’s doctor may also suggest‬
        <nb-drug-term term="targeted-radiotherapy">‮mIBG therapy‬</nb-drug-term>‮. This is targeted
        radiotherapy: radiation aimed at the cancer cells. It is like the‬
        <nb-drug-term term="mibg-scan">‮mIBG scan‬</nb-drug-term> ‮that doctors use to find
        neuroblastoma. But for treatment, your child has more radioactive iodine than in the scan.
        The cancer cells take in the‬ <nb-drug-term term="mibg">‮mIBG‬</nb-drug-term>‮, and the
        radiation aims to kill them.‬`,
'treatment.options.low-heading': `‮Low or intermediate risk‬`,
'treatment.options.low-surgery': html`‮Sometimes low or intermediate risk neuroblastoma comes back in the place where it began.
        Then your child may need‬ <nb-drug-term term="surgery">‮surgery‬</nb-drug-term> ‮again. This may
        be with or without‬ <nb-drug-term term="chemotherapy">‮chemotherapy‬</nb-drug-term>‮.‬`,
'treatment.research.arginase': html`‮Researchers have looked at a drug called‬
            <nb-drug-term term="bct-100">‮BCT-100‬</nb-drug-term> ‮(pegylated recombinant human
            arginase). It lowers the amount of‬
            <nb-drug-term term="arginine">‮arginine‬</nb-drug-term> ‮in the body. Arginine is a
            building block of protein. Cancer cells need it to grow and divide. So the aim is to
            starve the cancer cells. In 2022, its trial no longer took new patients. Its results
            were still to come.‬`,
'treatment.research.arginase-heading': `‮A drug that lowers arginine‬`,
'treatment.research.arginase-parc': str`‮This trial is called PARC. Its registry records said this in‬ ${0}‮:‬`,
'treatment.research.bevacizumab': html`<nb-drug-term term="bevacizumab">‮Bevacizumab‬</nb-drug-term> ‮is a‬
        <nb-drug-term term="targeted-cancer-drug">‮targeted drug‬</nb-drug-term>‮. It is a type called
        a‬ <nb-drug-term term="monoclonal-antibody">‮monoclonal antibody‬</nb-drug-term>‮. It acts on
        the blood supply of the cancer. The aim is that the cancer cells die without this blood
        supply. Researchers studied it together with‬
        <nb-drug-term term="chemotherapy">‮chemotherapy‬</nb-drug-term>‮. The Cancer Research UK page,
        reviewed in 2022, reported what the researchers thought. They recommended bevacizumab with‬
        <nb-drug-term term="irinotecan">‮irinotecan‬</nb-drug-term> ‮and‬
        <nb-drug-term term="temozolomide">‮temozolomide‬</nb-drug-term> ‮for‬
        <nb-drug-term term="relapsed">‮relapsed‬</nb-drug-term> ‮or‬
        <nb-drug-term term="refractory">‮refractory‬</nb-drug-term> ‮neuroblastoma. That was the view
        of those researchers, not advice for your child.‬`,
'treatment.research.combinations': html`‮Other possible mixes are‬ <nb-drug-term term="topotecan">‮topotecan‬</nb-drug-term> ‮with‬
        <nb-drug-term term="cyclophosphamide">‮cyclophosphamide‬</nb-drug-term>‮, or topotecan with‬
        <nb-drug-term term="temozolomide">‮temozolomide‬</nb-drug-term>‮.‬`,
'treatment.research.compare': html`‮Some cancers keep growing and do not respond to the first treatment, called‬
        <nb-drug-term term="induction-treatment">‮induction treatment‬</nb-drug-term>‮. There is no
        standard treatment for this. One study set out to compare two strong treatments. The first
        is a high dose of‬ <nb-drug-term term="thiotepa">‮thiotepa‬</nb-drug-term>‮, a‬
        <nb-drug-term term="chemotherapy">‮chemotherapy‬</nb-drug-term> ‮drug. The second is‬
        <nb-drug-term term="mibg">‮131I-mIBG‬</nb-drug-term>‮, a radiotherapy that carries radiation
        into the cancer cells, given with‬ <nb-drug-term term="topotecan">‮topotecan‬</nb-drug-term>‮,
        another chemotherapy drug.‬`,
'treatment.research.compare-heading': `‮Comparing two strong treatments‬`,
'treatment.research.intro': `‮Researchers are looking for better ways to treat this kind of neuroblastoma. Here is some of the research that Cancer Research UK described in 2022.‬`,
'treatment.research.other-targeted': html`‮In 2022, doctors were studying other‬
        <nb-drug-term term="targeted-cancer-drug">‮targeted drugs‬</nb-drug-term>‮, on their own or
        with‬ <nb-drug-term term="chemotherapy">‮chemotherapy‬</nb-drug-term>‮. These were‬
        <nb-drug-term term="venetoclax">‮venetoclax‬</nb-drug-term>‮,‬
        <nb-drug-term term="lorlatinib">‮lorlatinib‬</nb-drug-term>‮,‬
        <nb-drug-term term="idasanutlin">‮idasanutlin‬</nb-drug-term>‮,‬
        <nb-drug-term term="ly3295668-erbumine">‮LY3295668 erbumine‬</nb-drug-term> ‮and‬
        <nb-drug-term term="entrectinib">‮entrectinib‬</nb-drug-term>‮.‬`,
'treatment.research.other-targeted-heading': `‮Other targeted drugs‬`,
'treatment.research.other-targeted-status': str`‮What the trial registries said about these trials in‬ ${0}‮:‬`,
'treatment.research.other-trials-open': html`‮Other trials of these drugs may be open. Your child’s‬
      <nb-drug-term term="specialist">‮specialist‬</nb-drug-term> ‮can tell you.‬`,
'treatment.research.targeted-explained': html`<nb-drug-term term="targeted-cancer-drug">‮Targeted cancer drugs‬</nb-drug-term> ‮act on the
        ways cancer cells differ from normal cells. These differences help the cancer cells grow and
        survive.‬ <nb-drug-term term="immunotherapy">‮Immunotherapy‬</nb-drug-term> ‮drugs help the
        body’s immune system attack the cancer.‬`,
'treatment.research.targeted-heading': `‮Targeted drugs and immunotherapy‬`,
'treatment.risk.high': `‮High risk‬`,
'treatment.risk.intermediate': `‮Intermediate risk‬`,
'treatment.risk.low': `‮Low risk‬`,
'treatment.situation.refractory': `‮Refractory: it has not gone away‬`,
'treatment.situation.relapsed': `‮Relapsed: it has come back‬`,
'treatment.specialist.talk': html`‮Talk to your child’s‬ <nb-drug-term term="specialist">‮specialist‬</nb-drug-term> ‮doctor
        about treatment: they are the best person to ask. You can also ask them whether your child
        could join a‬ <nb-drug-term term="clinical-trial">‮clinical trial‬</nb-drug-term>‮.‬`,
'treatment.trials-teaser': `‮The trials behind this research are listed with their status and the date we checked it.‬`,
'trial-list.count.few': str`${0} ‮trials shown‬`,
'trial-list.count.many': str`${0} ‮trials shown‬`,
'trial-list.count.one': str`${0} ‮trial shown‬`,
'trial-list.count.other': str`${0} ‮trials shown‬`,
'trial-list.count.two': str`${0} ‮trials shown‬`,
'trial-list.count.zero': str`${0} ‮trials shown‬`,
'trial-list.feed-failed': `‮We could not update this list just now. It shows the trials as last checked.‬`,
'trial-list.feed-from': str`‮Trial list supplied by‬ ${0}`,
'trial-list.filter-all': `‮All trials‬`,
'trial-list.filter-closed': `‮Not open to new patients‬`,
'trial-list.filter-label': `‮Show‬`,
'trial-list.filter-recruiting': `‮Open, or opening soon‬`,
'trial-list.group-closed': `‮Not open to new patients‬`,
'trial-list.group-open': `‮Open, or opening soon‬`,
'trial-list.group-unknown': `‮Status not known‬`,
'trial-list.heading': `‮Clinical trials‬`,
'trial-list.live-record-updated': str`‮The record was last changed on‬ ${0}‮.‬`,
'trial-list.live-status': str`‮Status from ClinicalTrials.gov, checked‬ ${0}‮.‬`,
'trial-list.no-match': `‮No trials in this list match that choice.‬`,
'trial-list.phase': `‮Phase‬`,
'trial-list.registry': `‮Registry records‬`,
'trial-list.sort-label': `‮Order‬`,
'trial-list.sort-name': `‮By name, A to Z‬`,
'trial-list.sort-status': `‮Open trials first‬`,
'trial-list.sponsor': `‮Run by‬`,
'trial-list.status': `‮Status‬`,
'trial-list.treatments': `‮Treatments tested‬`,
'trial-status.by-invitation': `‮Open by invitation‬`,
'trial-status.check-record': `‮Check the registry record for today’s status.‬`,
'trial-status.checked': str`‮Status checked‬ ${0}`,
'trial-status.closed': `‮Closed to new patients‬`,
'trial-status.completed': `‮Completed‬`,
'trial-status.may-have-changed': `‮This may have changed.‬`,
'trial-status.newer-than-source': `‮Newer than the Cancer Research UK page‬`,
'trial-status.not-yet-recruiting': `‮Not yet recruiting‬`,
'trial-status.paused': `‮Paused‬`,
'trial-status.recruiting': `‮Recruiting‬`,
'trial-status.registry-link': str`${0} ‮record‬ ${1}`,
'trial-status.stopped-early': `‮Stopped early‬`,
'trial-status.unknown': `‮Check the registry for the current status‬`,
'trial-status.when-checked': str`${0} ‮when checked in‬ ${1}‮.‬`,
'trial.T01.status-note': `‮It stopped early because of problems with the supply of mIBG.‬`,
'trial.T01.summary': `‮VERITAS was for high-risk neuroblastoma that had not responded to the first treatment. It compared two strong treatments. These were high-dose thiotepa, or 131I-mIBG with topotecan.‬`,
'trial.T02.status-note': `‮Its results were published in 2024, in the Journal of Clinical Oncology.‬`,
'trial.T02.summary': `‮BEACON-Neuroblastoma was for neuroblastoma that had come back or not gone away. It tested chemotherapy with temozolomide, irinotecan or topotecan, with or without bevacizumab.‬`,
'trial.T03.status-note': `‮The registry record was last changed on 11 March 2025. Cancer Research UK lists the trial as open.‬`,
'trial.T03.summary': `‮BEACON2 follows on from BEACON, for neuroblastoma that has come back or not gone away. Its first part compares two mixes of drugs. Both use irinotecan and temozolomide: one adds dinutuximab beta, the other adds bevacizumab.‬`,
'trial.T04.summary': `‮This study looked at venetoclax in children with some cancers, such as neuroblastoma. The cancers had come back or not responded to treatment.‬`,
'trial.T05.summary': `‮This study looked at lorlatinib. It was for neuroblastoma with a change in the ALK gene. This change helps the cancer grow.‬`,
'trial.T06.summary': `‮This study looked at idasanutlin in children with solid tumours, such as neuroblastoma. A solid tumour is a cancer that forms a lump.‬`,
'trial.T07.status-note': `‮Results were reported at ASCO, a meeting of cancer doctors.‬`,
'trial.T07.summary': `‮This study looked at LY3295668 erbumine. It was for neuroblastoma that had come back or not gone away. The drug was given on its own and with chemotherapy.‬`,
'trial.T08.summary': `‮STARTRK-NG looked at entrectinib in children with solid tumours, such as neuroblastoma. A solid tumour is a cancer that forms a lump.‬`,
'trial.T09.sponsor-note': str`${0} ‮(drug from‬ ${1}‮)‬`,
'trial.T09.status-note': `‮Its results were published in 2024, by Fenwick and others, in Frontiers in Oncology.‬`,
'trial.T09.summary': `‮PARC looked at BCT-100 (pegylated arginase) in children with some cancers. The cancers had come back or not responded to treatment.‬`,
    };
  