package org.techleadership.advisor.admin;

import org.springframework.web.multipart.MultipartFile;

/** A catalogue file to read into the draft. */
class ImportForm {

    private MultipartFile file;

    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
