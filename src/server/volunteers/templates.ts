/** The confirmation a volunteer gets after registering, in the language she used on the page. */

type Confirmation = { firstName: string; unitName: string; receipt: string };

export function renderConfirmation(
  language: 'sv' | 'en',
  c: Confirmation,
): { subject: string; body: string } {
  if (language === 'en') {
    return {
      subject: `Thank you for registering as a language friend – ${c.unitName}`,
      body:
        `Hello ${c.firstName}!\n\nThank you for registering your interest in becoming a language friend in ` +
        `${c.unitName}. Our volunteer coordinator will contact you to book an introductory meeting.\n\n` +
        `Your reference: ${c.receipt}\n\nIf you change your mind, tell us and we will erase your details.`,
    };
  }
  return {
    subject: `Tack för din anmälan som språkvän – ${c.unitName}`,
    body:
      `Hej ${c.firstName}!\n\nTack för att du vill bli språkvän i ${c.unitName}. Vår volontärsamordnare ` +
      `hör av sig för att boka ett introduktionssamtal.\n\nDitt referensnummer: ${c.receipt}\n\n` +
      `Om du ångrar dig, säg till så raderar vi dina uppgifter.`,
  };
}
