"""MIME message classes: MIMEBase and, under it, MIMENonMultipart (MIMEText, MIMEApplication)
and MIMEMultipart."""
