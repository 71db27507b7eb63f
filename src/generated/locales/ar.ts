
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'helpline.org': `Cancer Research UK nurses`,
'helpline.summary': `The nurses at Cancer Research UK take calls on 0808 800 4040 (Freephone), Monday to Friday, 9am to 5pm UK time.`,
'helpline.label': `Helpline`,
'helpline.call': str`Call ${0}`,
'helpline.freephone': `Freephone`,
'helpline.open-until': str`Usually open now, until ${0}`,
'helpline.opens-today': str`Closed now. Usually opens today at ${0}`,
'helpline.opens-tomorrow': str`Closed now. Usually opens tomorrow at ${0}`,
'helpline.opens-on': str`Closed now. Usually opens on ${0} at ${1}`,
'helpline.closed-unknown': `Closed now.`,
'helpline.uk-time': str`${0} UK time`,
'helpline.uk-and-local-time': str`${0} UK time (${1} your time)`,
'helpline.range': str`${0} to ${1}`,
'helpline.hours-line': str`${0}, ${1} (UK time)`,
'helpline.abroad': `Numbers that start with 080 are free to call from UK landlines and mobiles. From outside the UK they may not connect, or may not be free.`,
'helpline.dismiss': `Hide helpline information`,
'common.translation-unreviewed': `This translation has not yet been checked by a medical reviewer.`,
'source.attribution': `Based on information from Cancer Research UK`,
'source.last-reviewed': str`Source page last reviewed: ${0}`,
'source.next-review': str`Next review due: ${0}`,
'source.overdue': `This information is overdue for review, so some of it may be out of date. Your child’s specialist can tell you what is right for your child.`,
'source.due-soon': `This information is due to be reviewed soon.`,
'source.link': `Read the Cancer Research UK page`,
    };
  