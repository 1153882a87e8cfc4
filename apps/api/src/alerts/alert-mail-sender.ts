/** A message to send: the shape of MailService.send, which delivers alert e-mail. */
export interface AlertMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}
